package io.ocrkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** v2.1: a User Access Key instead of the secret key, exchanged for tokens; never printed. */
class UserAccessKeyTest {

  private static final String ID = "cli-uak-id";
  private static final String SECRET = "cli-sak-" + "0123456789abcdef";

  @RegisterExtension
  static MockOcrExtension mock = new MockOcrExtension(b -> b.userAccessKeyId(ID).secretAccessKey(SECRET));

  @TempDir
  static Path dir;

  private static Path card;

  @BeforeAll
  static void sample() throws IOException {
    card = Files.write(dir.resolve("card.png"), SampleImages.renderWithFixture(SampleData.creditCard(81),
        SampleImages.Size.NORMAL, SampleImages.ImageFormat.PNG));
  }

  private static CliRun scan(String id, String secret, String... more) {
    MockOcrServer server = mock.server();
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("scan", "credit-card", card.toString(),
        "--endpoint", server.baseUrl().toString(), "--token-url", server.baseUrl() + "/oauth2/token/create",
        "--app-key", server.appKey(), "--user-access-key-id", id, "--secret-access-key", secret));
    args.addAll(java.util.List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void a_scan_over_v21_takes_a_token_and_succeeds() {
    CliRun run = scan(ID, SECRET, "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"fileType\":\"png\"");
    assertThat(mock.requests()).anySatisfy(r -> assertThat(r.path()).startsWith("/v2.1/"));
  }

  @Test
  void a_wrong_secret_access_key_is_a_refusal_and_is_never_printed() {
    String wrong = "wrong-" + SECRET;
    CliRun run = scan(ID, wrong, "--verbose");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.all()).doesNotContain(wrong).doesNotContain(SECRET);
  }

  @Test
  void half_a_user_access_key_or_both_kinds_of_key_is_a_usage_error_naming_the_options() {
    CliRun half = CliRun.of("scan", "credit-card", card.toString(), "--endpoint", mock.server().baseUrl().toString(),
        "--app-key", "a", "--user-access-key-id", ID);
    CliRun both = scan(ID, SECRET, "--secret-key", "s");

    assertThat(half.exitCode()).isEqualTo(2);
    assertThat(half.err()).contains("--secret-access-key");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("not both").doesNotContain(SECRET);
  }

  @Test
  void help_names_the_environment_variables() {
    assertThat(CliRun.of("scan", "--help").out()).contains("OCR_USER_ACCESS_KEY_ID", "OCR_SECRET_ACCESS_KEY");
  }

  @Test
  void demo_runs_a_flow_over_v21() {
    CliRun run = CliRun.of("demo");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("v2\\.1.*\\R(\\s+.*\\R)*\\s+totalCardNum\\s+\\*+\\d{4}");
  }
}
