package io.ocrkit.mock.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.mock.MockCrypto;
import io.ocrkit.mock.MockOcrServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MockServerOptionsTest {

  @Test
  void the_command_line_sets_port_host_credentials_ttl_and_upload_limit() {
    MockServerOptions options = MockServerOptions.parse("--port", "0", "--host", "127.0.0.1", "--app-key", "K",
        "--secret-key", "S", "--request-key-ttl", "60", "--max-upload", "1024", "--rate-limit", "3",
        "--user-access-key-id", "uak", "--secret-access-key", "sak");
    MockOcrServer server = options.toBuilder().build();
    assertThat(options.credentialsGiven()).isTrue();
    assertThat(server.appKey()).isEqualTo("K");
    assertThat(server.secretKey()).isEqualTo("S");
    assertThat(server.maxUploadBytes()).isEqualTo(1024);
    assertThat(server.config().requestKeyTtl()).isEqualTo(Duration.ofSeconds(60));
    assertThat(server.config().rateLimit()).isEqualTo(3);
    assertThat(server.userAccessKeyId()).isEqualTo("uak");
    assertThat(server.secretAccessKey()).isEqualTo("sak");
  }

  @Test
  void without_options_the_defaults_of_the_readme_apply() {
    MockOcrServer server = MockServerOptions.parse().toBuilder().build();
    assertThat(server.host()).isEqualTo("127.0.0.1");
    assertThat(server.config().port()).isZero();
    assertThat(server.config().requestKeyTtl()).isEqualTo(Duration.ofHours(1));
    assertThat(server.maxUploadBytes()).isEqualTo(20L * 1024 * 1024);
    assertThat(server.config().rateLimit()).isZero();
  }

  @Test
  void without_credentials_demo_ones_are_made() {
    MockServerOptions options = MockServerOptions.parse("--port", "0");
    assertThat(options.credentialsGiven()).isFalse();
    assertThat(options.toBuilder().build().secretKey()).isNotBlank();
  }

  @Test
  void an_app_key_without_a_secret_key_is_refused() {
    assertThatThrownBy(() -> MockServerOptions.parse("--app-key", "K").toBuilder())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--secret-key");
  }

  @Test
  void an_unknown_option_is_refused() {
    assertThatThrownBy(() -> MockServerOptions.parse("--colour", "red"))
        .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--colour");
  }

  @Test
  void a_port_that_is_not_a_number_is_refused() {
    assertThatThrownBy(() -> MockServerOptions.parse("--port", "eighty"))
        .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--port");
  }

  @Test
  void the_main_command_answers_usage_errors_with_exit_code2_instead_of_exiting() {
    StringWriter err = new StringWriter();
    CommandLine cli = MockServerMain.command().setErr(new PrintWriter(err));
    assertThat(cli.execute("--colour", "red")).isEqualTo(2);
    assertThat(cli.execute("--app-key", "K")).isEqualTo(2);
    assertThat(err.toString()).contains("--colour", "--app-key and --secret-key go together", "--request-key-ttl");
  }

  @Test
  void a_quickly_parsed_line_answers_usage_errors_as_picocli_does() {
    StringWriter err = new StringWriter();

    int exit = MockServerMain.run(QuickOptions.parse("--app-key", "K").orElseThrow(),
        () -> MockServerMain.command().setErr(new PrintWriter(err)));

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).startsWith("error: --app-key and --secret-key go together")
        .contains("--request-key-ttl");
  }

  @Test
  void help_is_answered_with_exit_code0_and_lists_every_option() {
    StringWriter out = new StringWriter();
    CommandLine cli = MockServerMain.command().setOut(new PrintWriter(out));
    assertThat(cli.execute("--help")).isZero();
    assertThat(out.toString()).contains("--host", "--port", "--app-key", "--secret-key", "--user-access-key-id",
        "--secret-access-key", "--request-key-ttl", "--max-upload", "--rate-limit");
  }

  @Test
  void crypto_is_the_jdks_unless_bc_is_asked_for_and_other_names_are_refused() {
    assertThat(MockServerOptions.parse().toBuilder().build().config().crypto()).isEqualTo(MockCrypto.JCA);
    assertThat(MockServerOptions.parse("--crypto", "bc").toBuilder().build().config().crypto())
        .isEqualTo(MockCrypto.BOUNCY_CASTLE);
    assertThat(MockServerOptions.parse("--crypto", "jca").toBuilder().build().config().crypto())
        .isEqualTo(MockCrypto.JCA);
    assertThatThrownBy(() -> MockServerOptions.parse("--crypto", "rot13").toBuilder())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--crypto");
  }
}
