package io.ocrkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/ocr} from the unpacked distribution archive, as a user runs it. Runs after
 * {@code package} (its own surefire execution), which passes the archive's path and the version.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherIT {

  @TempDir
  static Path dir;

  private static Path ocr;
  private static final String VERSION = System.getProperty("ocr.version");

  private record Run(int exit, String out, String err) {}

  @BeforeAll
  static void unpack() throws Exception {
    Path archive = Path.of(System.getProperty("ocr.dist"));
    Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", dir.toString()).inheritIO().start();
    assertThat(tar.waitFor()).isZero();
    ocr = dir.resolve("ocr-cli-" + VERSION).resolve("bin").resolve("ocr");
  }

  private static Run run(Map<String, String> env, String... args) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(ocr.toString()), Stream.of(args)).toList());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().putAll(env);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void the_launcher_is_executable_and_prints_the_version() throws Exception {
    // No archive, so no training run left behind that would outlive the temporary directory.
    Run run = run(Map.of("OCR_CDS", "off"), "--version");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("ocr " + VERSION + "\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void the_first_launch_makes_an_archive_that_later_launches_use_and_a_damaged_one_is_ignored_silently()
      throws Exception {
    Path cache = dir.resolve("cache-b");
    Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
    run(env, "--version");
    Path archive = awaitArchive(cache.resolve("ocrkit").resolve("cds"), Duration.ofSeconds(120));

    Run withArchive = run(Map.of("XDG_CACHE_HOME", cache.toString(), "OCR_JAVA_OPTS", "-Xshare:on"), "--version");
    assertThat(withArchive.exit()).as("the JVM maps the archive (-Xshare:on fails otherwise): " + withArchive.err())
        .isZero();

    archive.toFile().setWritable(true);
    Files.writeString(archive, "not an archive");
    Run damaged = run(env, "--version");
    assertThat(damaged.exit()).isZero();
    assertThat(damaged.out()).isEqualTo("ocr " + VERSION + "\n");
    assertThat(damaged.err()).isEmpty();
  }

  @Test
  void a_cache_that_cannot_be_written_means_no_archive_and_no_complaint() throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("a-file"), "x");

    Run run = run(Map.of("XDG_CACHE_HOME", notADirectory.toString()), "--version");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("ocr " + VERSION + "\n");
    assertThat(run.err()).isEmpty();
  }

  /** The training run is the launcher's own child in the background: wait on its file. */
  private static Path awaitArchive(Path cds, Duration most) throws IOException {
    long deadline = System.nanoTime() + most.toNanos();
    while (true) {
      if (Files.isDirectory(cds)) {
        try (Stream<Path> files = Files.list(cds)) {
          List<Path> done = files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
          if (!done.isEmpty()) {
            return done.get(0);
          }
        }
      }
      assertThat(System.nanoTime() - deadline).as("an archive in " + cds).isNegative();
      LockSupport.parkNanos(50_000_000L);
    }
  }
}
