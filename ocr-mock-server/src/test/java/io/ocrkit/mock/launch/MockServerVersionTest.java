package io.ocrkit.mock.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The jar's --version is the POM's, not a string someone has to remember to change. */
class MockServerVersionTest {

  @Test
  void the_mock_jar_version_is_the_pom_version() throws Exception {
    Matcher m = Pattern.compile("(?s)<parent>.*?<version>([^<]+)</version>").matcher(Files.readString(Path.of("pom.xml")));
    assertThat(m.find()).isTrue();
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new MockServerMain());
    cli.setOut(new PrintWriter(out, true));

    assertThat(cli.execute("--version")).isZero();
    assertThat(out.toString().strip()).isEqualTo("ocr-mock-server " + m.group(1).strip());
  }
}
