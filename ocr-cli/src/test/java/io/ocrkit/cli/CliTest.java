package io.ocrkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.ResidentCardSample;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  @RegisterExtension
  static final MockOcrExtension server = new MockOcrExtension();

  private static MockOcrServer mock;
  private static final CreditCardSample CARD = SampleData.creditCard(11);
  private static final ResidentCardSample RESIDENT = SampleData.residentCard(12);

  @TempDir
  static Path dir;

  private static Path cardFile;
  private static Path residentFile;

  @BeforeAll
  static void startMock() throws IOException {
    System.setProperty("java.awt.headless", "true");
    mock = server.server();
    cardFile = write("card.png", CARD);
    residentFile = write("resident.png", RESIDENT);
  }


  private static Path write(String name, io.ocrkit.mock.samples.SampleCard sample) throws IOException {
    return Files.write(dir.resolve(name),
        SampleImages.renderWithFixture(sample, SampleImages.Size.NORMAL, SampleImages.ImageFormat.PNG));
  }

  private static String[] against(String... args) {
    String[] connection = {"--endpoint", mock.baseUrl().toString(), "--app-key", mock.appKey(),
        "--secret-key", mock.secretKey()};
    String[] all = new String[args.length + connection.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(connection, 0, all, args.length, connection.length);
    return all;
  }

  private static String digits(String s) {
    return s.replaceAll("[^0-9]", "");
  }

  @Test
  void scan_credit_card_prints_the_result_with_the_number_masked() {
    CliRun run = CliRun.of(against("scan", "credit-card", cardFile.toString()));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("totalCardNum").contains(CARD.number().substring(CARD.number().length() - 4));
    assertThat(digits(run.all())).doesNotContain(digits(CARD.number()));
  }

  @Test
  void scan_with_json_prints_one_object_in_the_api_result_shape() {
    CliRun run = CliRun.of(against("scan", "credit-card", cardFile.toString(), "--json"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).startsWith("{\"file\":\"" + cardFile.toString().replace("\\", "\\\\")
            + "\",\"fileType\":\"png\",\"resolution\":\"normal\",\"cardNums\":[")
        .contains("\"totalCardNum\":\"************" + CARD.number().substring(12) + "\"")
        .doesNotContain(CARD.number());
    assertThat(run.out().strip().lines()).hasSize(1);
  }

  @Test
  void reveal_prints_the_decrypted_values_in_full() {
    CliRun run = CliRun.of(against("scan", "credit-card", cardFile.toString(), "--json", "--reveal"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"totalCardNum\":\"" + CARD.number() + "\"")
        .contains("\"value\":\"" + CARD.validThru() + "\"");
  }

  @Test
  void several_files_with_json_print_one_object_per_line_naming_the_file() {
    CliRun run = CliRun.of(against("scan", "credit-card", cardFile.toString(), cardFile.toString(), "--json"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip().lines()).hasSize(2).allSatisfy(line ->
        assertThat(line).startsWith("{\"file\":\"" + cardFile.toString().replace("\\", "\\\\") + "\""));
  }

  @Test
  void id_card_scan_prints_the_request_key_and_masks_personal_values() {
    CliRun run = CliRun.of(against("scan", "id-card", residentFile.toString(), "--json"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"idType\":\"resident\"").contains("\"requestKey\":\"");
    assertThat(digits(run.out())).doesNotContain(digits(RESIDENT.residentNumber()));
    assertThat(run.out()).doesNotContain(RESIDENT.name());
  }

  @Test
  void verify_with_json_prints_is_authenticity_for_the_request_key_of_a_scan() {
    CliRun scan = CliRun.of(against("scan", "id-card", residentFile.toString(), "--json"));
    Matcher key = Pattern.compile("\"requestKey\":\"([^\"]+)\"").matcher(scan.out());
    assertThat(key.find()).isTrue();

    CliRun verify = CliRun.of(against("verify", "--request-key", key.group(1), "--id-type", "resident",
        "--name", RESIDENT.name(), "--resident-number", RESIDENT.residentNumber(),
        "--issue-date", RESIDENT.issueDate(), "--json"));

    assertThat(verify.exitCode()).as(verify.err()).isZero();
    assertThat(verify.out().strip()).isEqualTo("{\"isAuthenticity\":true}");
  }

  @Test
  void a_spent_or_unknown_request_key_is_a_refusal_with_exit_code_3() {
    CliRun verify = CliRun.of(against("verify", "--request-key", "no-such-request-key", "--id-type", "resident",
        "--name", RESIDENT.name(), "--resident-number", RESIDENT.residentNumber(),
        "--issue-date", RESIDENT.issueDate()));

    assertThat(verify.exitCode()).isEqualTo(3);
    assertThat(verify.err()).contains("4000122 AUTHENTICITY_REQUEST_KEY_INVALID");
  }

  @Test
  void verify_without_a_field_its_id_type_needs_is_a_usage_error_naming_the_option() {
    CliRun run = CliRun.of(against("verify", "--request-key", "rk", "--id-type", "resident", "--name", "x",
        "--resident-number", "9001011234568"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--issue-date").contains("Usage:");
  }

  @Test
  void verify_with_a_malformed_field_is_a_usage_error_that_does_not_echo_the_value() {
    CliRun run = CliRun.of(against("verify", "--request-key", "rk", "--id-type", "resident", "--name", "x",
        "--resident-number", "12345", "--issue-date", "20190315"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--resident-number must be 13 digits").doesNotContain("12345");
  }

  @Test
  void wrong_credentials_exit_3_with_the_result_code_and_key() {
    CliRun run = CliRun.of("scan", "credit-card", cardFile.toString(), "--endpoint", mock.baseUrl().toString(),
        "--app-key", mock.appKey(), "--secret-key", "not-the-secret");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("4010001 INVALID_APPKEY_SECRETKEY");
  }

  @Test
  void an_unreachable_endpoint_exits_4() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    CliRun run = CliRun.of("scan", "credit-card", cardFile.toString(), "--endpoint",
        "http://127.0.0.1:" + closedPort, "--app-key", "app", "--secret-key", "secret");

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err().strip().lines()).hasSize(1);
  }

  @Test
  void a_file_that_is_not_an_image_exits_2() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.txt"), "not an image");

    CliRun run = CliRun.of(against("scan", "credit-card", text.toString()));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'image' is not a JPEG or PNG");
  }

  @Test
  void a_missing_file_exits_2_with_one_line_naming_it() {
    CliRun run = CliRun.of(against("scan", "credit-card", dir.resolve("absent.png").toString()));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cannot read").doesNotContain("Usage:");
  }

  @Test
  void an_unknown_scan_kind_and_a_missing_command_are_usage_errors() {
    assertThat(CliRun.of("scan", "library-card", cardFile.toString()).exitCode()).isEqualTo(2);
    assertThat(CliRun.of().exitCode()).isEqualTo(2);
  }

  @Test
  void missing_credentials_are_a_usage_error_pointing_at_the_options() {
    CliRun run = CliRun.of("scan", "credit-card", cardFile.toString(), "--endpoint", mock.baseUrl().toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--app-key");
  }

  @Test
  void the_secret_key_is_never_printed_even_with_verbose() {
    String secret = "s3cr3t-" + mock.secretKey();
    CliRun run = CliRun.of("scan", "credit-card", cardFile.toString(), "--verbose", "--endpoint",
        mock.baseUrl().toString(), "--app-key", mock.appKey(), "--secret-key", secret);

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.all()).doesNotContain(secret).doesNotContain(mock.secretKey());
  }

  @Test
  void keys_prints_the_version_and_fingerprint_of_the_public_key() {
    CliRun run = CliRun.of(against("keys", "credit-card"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).matches("(?s)credit-card  version \\S+  RSA-2048  sha256:[0-9a-f]{64}\\s*");
  }

  @Test
  void scan_with_mock_needs_no_credentials() {
    CliRun run = CliRun.of("scan", "credit-card", cardFile.toString(), "--mock", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"fileType\":\"png\"");
  }

  @Test
  void findings_are_printed_for_a_number_that_fails_its_check_digit() throws IOException {
    Path bad = write("bad-card.png", SampleData.creditCardWithBadLuhn(11));

    CliRun run = CliRun.of(against("scan", "credit-card", bad.toString()));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("CARD_LUHN_MISMATCH");
  }

  @Test
  void demo_runs_every_operation_and_prints_nothing_unmasked() {
    CliRun run = CliRun.of("demo");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("credit-card", "id-card (resident)", "id-card (driver)", "id-card (passport)",
        "id-card/stand-alone", "authenticity (genuine resident card)", "authenticity (forged resident card)");
    assertThat(run.out()).containsPattern("genuine resident card.*\\R\\s+isAuthenticity\\s+true");
    assertThat(run.out()).containsPattern("forged resident card.*\\R\\s+isAuthenticity\\s+false");
    assertThat(digits(run.out())).doesNotContain(digits(SampleData.residentCard(2).residentNumber()));
    assertThat(digits(run.out())).doesNotContain(digits(SampleData.creditCard(1).number()));
  }
}
