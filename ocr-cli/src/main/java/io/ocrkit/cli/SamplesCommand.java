package io.ocrkit.cli;

import io.ocrkit.mock.samples.SampleCard;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages;
import io.ocrkit.mock.samples.SampleImages.ImageFormat;
import io.ocrkit.mock.samples.SampleImages.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ocr samples DIR}: the synthetic sample kit, so that a new user has images to scan without
 * reading the source. Every kind, valid and with one deliberate error, both sizes, PNG and JPEG;
 * each image carries its own fixture, so the mock answers exactly what is drawn on it.
 */
@Command(name = "samples", mixinStandardHelpOptions = true,
    description = {"Write synthetic sample images (clearly marked SAMPLE, no real person's data) to DIR:",
        "credit card, resident card, driver's licence and passport; valid and with one deliberate error;",
        "normal and low resolution; PNG and JPEG. Scan them with --mock."})
final class SamplesCommand implements Callable<Integer> {

  private record Kind(String name, SampleCard valid) {}

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "where to write the images (created if missing)")
  Path dir;

  @Option(names = "--seed", paramLabel = "N", description = "which synthetic people to draw (default: ${DEFAULT-VALUE})")
  long seed = 1;

  @Option(names = "--force", description = "overwrite images that are already there")
  boolean force;

  @Override
  public Integer call() {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ParameterException(spec.commandLine(), "DIR '" + dir + "' is a file, not a directory");
    }
    List<Kind> kinds = List.of(
        new Kind("credit-card", SampleData.creditCard(seed)),
        new Kind("resident", SampleData.residentCard(seed)),
        new Kind("driver", SampleData.driverLicense(seed)),
        new Kind("passport", SampleData.passport(seed)));
    int written = 0;
    try {
      Files.createDirectories(dir);
      for (Kind kind : kinds) {
        for (boolean valid : new boolean[] {true, false}) {
          SampleCard card = valid ? kind.valid() : kind.valid().withBadCheckDigit();
          for (Size size : Size.values()) {
            for (ImageFormat format : ImageFormat.values()) {
              String name = String.join("-", kind.name(), valid ? "valid" : "bad-check-digit",
                  size.name().toLowerCase(Locale.ROOT)) + "." + format.extension();
              write(dir.resolve(name), SampleImages.renderWithFixture(card, size, format));
              written++;
            }
          }
        }
      }
    } catch (FileAlreadyExistsException e) {
      throw new ParameterException(spec.commandLine(),
          "'" + e.getFile() + "' already exists; use --force to overwrite the samples in " + dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + dir + ": " + e.getMessage(), e);
    }
    spec.commandLine().getOut().printf("wrote %d sample images to %s%n", written, dir);
    spec.commandLine().getOut().printf("try: ocr scan credit-card --mock %s%n", dir.resolve("credit-card-valid-normal.png"));
    return ExitCodes.OK;
  }

  private void write(Path file, byte[] image) throws IOException {
    if (force) {
      Files.write(file, image);
    } else {
      Files.write(file, image, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
  }
}
