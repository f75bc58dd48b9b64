package io.ocrkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** --version says the version the POM builds, not a string someone has to remember to change. */
class VersionTest {

  /** The module's version: its parent's, which this POM inherits (surefire runs in the module directory). */
  private static String pomVersion() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher m = Pattern.compile("(?s)<parent>.*?<version>([^<]+)</version>").matcher(pom);
    assertThat(m.find()).isTrue();
    return m.group(1).strip();
  }

  @Test
  void ocr_version_is_the_pom_version() throws IOException {
    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo("ocr " + pomVersion());
  }

  @Test
  void ocr_mock_version_is_the_pom_version_too() throws IOException {
    CliRun run = CliRun.of("mock", "--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo("ocr mock " + pomVersion());
  }
}
