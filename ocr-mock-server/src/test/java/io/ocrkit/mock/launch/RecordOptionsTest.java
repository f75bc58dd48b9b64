package io.ocrkit.mock.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.RecordSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RecordOptionsTest {

  private static MockOcrServer build(Map<String, String> env, String... args) {
    return MockServerOptions.parse(args).toBuilder(env).build();
  }

  @Test
  void record_to_without_record_from_is_a_usage_error_naming_both_options() {
    StringWriter err = new StringWriter();
    CommandLine cli = MockServerMain.command();
    cli.setErr(new PrintWriter(err));

    assertThat(cli.execute("--record-to", "recordings")).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).contains("--record-to needs --record-from");
  }

  @Test
  void record_from_without_record_to_is_refused() {
    assertThatThrownBy(() -> build(Map.of(), "--record-from", "https://api-ocr.nhncloudservice.com"))
        .hasMessageContaining("--record-from needs --record-to");
  }

  @Test
  void missing_upstream_credentials_name_the_options_and_the_environment_variables() {
    assertThatThrownBy(() -> build(Map.of(), "--record-from", "https://api-ocr.nhncloudservice.com", "--record-to", "d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--upstream-app-key").hasMessageContaining("--upstream-secret-key")
        .hasMessageContaining("--upstream-user-access-key-id").hasMessageContaining("--upstream-secret-access-key")
        .hasMessageContaining("OCR_UPSTREAM_APP_KEY").hasMessageContaining("OCR_UPSTREAM_SECRET_KEY")
        .hasMessageContaining("OCR_UPSTREAM_USER_ACCESS_KEY_ID").hasMessageContaining("OCR_UPSTREAM_SECRET_ACCESS_KEY");
  }

  @Test
  void v20_credentials_from_options_record_with_the_secret_key() {
    RecordSettings record = build(Map.of(), "--record-from", "https://api-ocr.nhncloudservice.com", "--record-to", "d",
        "--upstream-app-key", "UA", "--upstream-secret-key", "US-secret").config().record();

    assertThat(record.from()).isEqualTo(URI.create("https://api-ocr.nhncloudservice.com"));
    assertThat(record.to()).isEqualTo(Path.of("d"));
    assertThat(record.credentials().apiVersion()).isEqualTo("v2.0");
    assertThat(record.credentials().secretKey()).isEqualTo("US-secret");
    assertThat(record.raw()).isFalse();
  }

  @Test
  void v21_credentials_come_from_the_environment_when_no_option_gives_them() {
    MockOcrServer server = build(Map.of("OCR_UPSTREAM_APP_KEY", "UA", "OCR_UPSTREAM_USER_ACCESS_KEY_ID", "uak-id",
            "OCR_UPSTREAM_SECRET_ACCESS_KEY", "sak-secret"),
        "--record-from", "http://127.0.0.1:9", "--record-to", "d", "--record-raw");

    assertThat(server.config().record().credentials().apiVersion()).isEqualTo("v2.1");
    assertThat(server.config().record().credentials().userAccessKeyId()).isEqualTo("uak-id");
    assertThat(server.config().record().raw()).isTrue();
    assertThat(server.config().toString() + server.config().record() + server)
        .contains("UA").doesNotContain("sak-secret").doesNotContain("uak-id");
  }

  @Test
  void two_kinds_of_upstream_credentials_at_once_are_refused() {
    assertThatThrownBy(() -> build(Map.of("OCR_UPSTREAM_SECRET_ACCESS_KEY", "s", "OCR_UPSTREAM_USER_ACCESS_KEY_ID", "i"),
        "--record-from", "https://api-ocr.nhncloudservice.com", "--record-to", "d", "--upstream-app-key", "UA",
        "--upstream-secret-key", "US")).hasMessageContaining("one kind");
  }

  @Test
  void plain_http_to_another_machine_is_refused() {
    assertThatThrownBy(() -> build(Map.of(), "--record-from", "http://ocr.example.com", "--record-to", "d",
        "--upstream-app-key", "UA", "--upstream-secret-key", "US"))
        .hasMessageContaining("--record-from must use https unless it is a loopback address");
    assertThatThrownBy(() -> MockOcrServer.builder().recordFrom(URI.create("http://10.0.0.8")).recordTo(Path.of("d"))
        .upstreamCredentials(io.ocrkit.mock.UpstreamCredentials.v20("a", "s")).build())
        .hasMessageContaining("'recordFrom' must use https");
  }

  @Test
  void a_url_with_credentials_in_it_is_refused_without_repeating_them() {
    assertThatThrownBy(() -> build(Map.of(), "--record-from", "https://user:pw-in-url@ocr.example.com",
        "--record-to", "d", "--upstream-app-key", "UA", "--upstream-secret-key", "US"))
        .hasMessageContaining("--record-from must not carry credentials").hasMessageNotContaining("pw-in-url");
  }

  @Test
  void the_builder_names_the_missing_half_of_a_recording() {
    assertThatThrownBy(() -> MockOcrServer.builder().recordTo(Path.of("d")).build())
        .hasMessageContaining("'recordTo' needs 'recordFrom'");
    assertThatThrownBy(() -> MockOcrServer.builder().recordFrom(URI.create("https://x.example")).recordTo(Path.of("d"))
        .build()).hasMessageContaining("'upstreamCredentials'");
  }

  @Test
  void record_raw_alone_is_refused() {
    assertThatThrownBy(() -> build(Map.of(), "--record-raw")).hasMessageContaining("--record-raw needs --record-from");
  }

  @Test
  void the_start_says_where_it_records_without_a_credential() {
    MockOcrServer server = build(Map.of(), "--record-from", "https://api-ocr.nhncloudservice.com", "--record-to", "d",
        "--upstream-app-key", "UA", "--upstream-secret-key", "US-secret", "--record-raw");

    assertThat(MockServerRunner.recordingLine(server)).hasValueSatisfying(line -> assertThat(line)
        .contains("api-ocr.nhncloudservice.com").contains("REAL values").doesNotContain("US-secret"));
  }
}
