package io.ocrkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each failure is one line that names the CLI's options, never the SDK's identifiers. */
class MessagesTest {

  @TempDir
  static Path dir;

  private static Path card;

  @BeforeAll
  static void sample() throws IOException {
    card = Files.write(dir.resolve("card.png"), SampleImages.renderWithFixture(SampleData.creditCard(71),
        SampleImages.Size.NORMAL, SampleImages.ImageFormat.PNG));
  }

  private static void assertOneLine(CliRun run) {
    assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
  }

  @Test
  void plain_http_to_a_remote_host_names_endpoint_and_insecure_http() {
    CliRun run = CliRun.of("scan", "credit-card", card.toString(), "--endpoint", "http://example.com",
        "--app-key", "a", "--secret-key", "s");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--endpoint", "--insecure-http").doesNotContain("baseUrl")
        .doesNotContain("allowInsecureHttp");
  }

  @Test
  void a_malformed_resident_number_names_the_option() {
    CliRun run = CliRun.of("verify", "--mock", "--request-key", "rk", "--id-type", "resident", "--name", "x",
        "--resident-number", "12345", "--issue-date", "20190315");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--resident-number must be 13 digits").doesNotContain("'residentNumber'")
        .doesNotContain("12345");
  }

  @Test
  void help_names_the_current_domain_as_the_default_endpoint() {
    String help = CliRun.of("scan", "--help").out().replaceAll("\\s+", " ");

    assertThat(help).doesNotContain("null").doesNotContain("legacy")
        .contains("https://api-ocr.nhncloudservice.com");
  }

  @Test
  void mock_help_is_the_ocr_mock_usage() {
    CliRun run = CliRun.of("mock", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: ocr mock").doesNotContain("java -jar");
  }

  @Test
  void a_missing_file_is_one_line() {
    CliRun run = CliRun.of("scan", "credit-card", "x.png", "--mock");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("ocr: cannot read 'x.png': no such file");
  }

  @Test
  void a_directory_is_one_line_saying_so() {
    CliRun run = CliRun.of("scan", "credit-card", dir.toString(), "--mock");

    assertThat(run.exitCode()).isEqualTo(2);
    assertOneLine(run);
    assertThat(run.err()).contains("'" + dir + "' is a directory").doesNotContain("IOException");
  }

  @Test
  void an_unreachable_host_names_host_and_port_and_not_the_path() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    CliRun run = CliRun.of("scan", "credit-card", card.toString(), "--endpoint", "http://127.0.0.1:" + closed,
        "--app-key", "the-app-key", "--secret-key", "s");

    assertThat(run.exitCode()).isEqualTo(4);
    assertOneLine(run);
    assertThat(run.err()).contains("cannot connect to 127.0.0.1:" + closed).doesNotContain("ConnectException")
        .doesNotContain("the-app-key");
  }

  @Test
  void mock_on_a_busy_port_is_one_line_naming_port() throws IOException {
    try (ServerSocket busy = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      CliRun run = CliRun.of("mock", "--port", String.valueOf(busy.getLocalPort()));

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err().strip()).isEqualTo("ocr: port " + busy.getLocalPort() + " is in use; pick another with --port");
    }
  }
}
