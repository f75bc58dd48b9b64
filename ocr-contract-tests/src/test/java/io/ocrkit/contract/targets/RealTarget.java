package io.ocrkit.contract.targets;

import io.ocrkit.core.model.FileType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The real service, configured by {@code OCR_BASE_URL}, {@code OCR_APP_KEY},
 * {@code OCR_SECRET_KEY} and {@code OCR_SAMPLES_DIR} (real card and ID images, named
 * {@code credit-card}, {@code resident}, {@code driver}, {@code passport} with {@code .png},
 * {@code .jpg} or {@code .jpeg}). It offers no capabilities: no fixtures, faults or clock.
 */
public final class RealTarget implements ContractTarget {

  private static final List<String> EXTENSIONS = List.of("png", "jpg", "jpeg");

  private final URI baseUrl;
  private final String appKey;
  private final String secretKey;
  private final Path samplesDir;

  private RealTarget(URI baseUrl, String appKey, String secretKey, Path samplesDir) {
    this.baseUrl = baseUrl;
    this.appKey = appKey;
    this.secretKey = secretKey;
    this.samplesDir = samplesDir;
  }

  /** The settings that are missing, by name; empty when the real target can run. */
  public static List<String> missingSettings() {
    List<String> missing = new ArrayList<>();
    for (String name : List.of(Settings.BASE_URL, Settings.APP_KEY, Settings.SECRET_KEY, Settings.SAMPLES_DIR)) {
      if (Settings.get(name).isEmpty()) {
        missing.add(name);
      }
    }
    Settings.get(Settings.SAMPLES_DIR).filter(dir -> !Files.isDirectory(Path.of(dir)))
        .ifPresent(dir -> missing.add(Settings.SAMPLES_DIR + " (not a directory)"));
    return missing;
  }

  /** The real target from the settings; call only when {@link #missingSettings()} is empty. */
  public static RealTarget fromSettings() {
    List<String> missing = missingSettings();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("the real target needs " + String.join(", ", missing));
    }
    return new RealTarget(
        URI.create(Settings.get(Settings.BASE_URL).orElseThrow().replaceAll("/+$", "")),
        Settings.get(Settings.APP_KEY).orElseThrow(),
        Settings.get(Settings.SECRET_KEY).orElseThrow(),
        Path.of(Settings.get(Settings.SAMPLES_DIR).orElseThrow()));
  }

  @Override
  public String name() {
    return "real";
  }

  @Override
  public URI baseUrl() {
    return baseUrl;
  }

  @Override
  public String appKey() {
    return appKey;
  }

  @Override
  public String secretKey() {
    return secretKey;
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.noneOf(Capability.class);
  }

  @Override
  public Optional<Sample> sample(SampleKind kind) {
    for (String extension : EXTENSIONS) {
      Path file = samplesDir.resolve(kind.fileStem() + "." + extension);
      if (Files.isRegularFile(file)) {
        try {
          byte[] bytes = Files.readAllBytes(file);
          FileType type = FileType.sniff(bytes, bytes.length).orElseThrow(() -> new IllegalStateException(
              file.getFileName() + " in " + Settings.SAMPLES_DIR + " is not a png or jpg image"));
          return Optional.of(new Sample(file.getFileName().toString(), bytes, type));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file.getFileName() + " in " + Settings.SAMPLES_DIR, e);
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "RealTarget[" + baseUrl + "]";
  }
}
