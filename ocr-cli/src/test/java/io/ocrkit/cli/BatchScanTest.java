package io.ocrkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.Fault;
import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code ocr scan KIND DIR... --output results.jsonl} against the real mock, some answers broken on purpose. */
class BatchScanTest {

  private static final int CARDS = 40;

  @RegisterExtension
  static final MockOcrExtension mock = new MockOcrExtension();

  @TempDir
  static Path samples;

  @TempDir
  Path work;

  private static final List<CreditCardSample> cards = new ArrayList<>();

  @BeforeAll
  static void writeSamples() throws IOException {
    Path sub = Files.createDirectories(samples.resolve("more"));
    for (int i = 0; i < CARDS; i++) {
      CreditCardSample card = SampleData.creditCard(100 + i);
      cards.add(card);
      SampleImages.ImageFormat format = i % 2 == 0 ? SampleImages.ImageFormat.PNG : SampleImages.ImageFormat.JPEG;
      // Names that lie: every fourth image has no extension, or the other format's.
      String name = "card-" + i + (i % 4 == 3 ? "" : i % 4 == 1 ? ".png" : "." + format.extension());
      Files.write((i < CARDS / 2 ? samples : sub).resolve(name),
          SampleImages.renderWithFixture(card, SampleImages.Size.LOW, format));
    }
    Files.writeString(samples.resolve("README.txt"), "not an image", StandardCharsets.UTF_8);
  }

  private CliRun batch(Path output, String... more) {
    List<String> args = new ArrayList<>(List.of("scan", "credit-card", samples.toString(), "--output",
        output.toString()));
    args.addAll(List.of(more));
    if (!args.contains("--concurrency")) {
      args.addAll(List.of("--concurrency", "8"));
    }
    return CliRun.of(Against.mock(mock.server(), args.toArray(String[]::new)));
  }

  private static List<Map<?, ?>> lines(Path output) throws IOException {
    String text = Files.readString(output, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n");
    return text.lines().<Map<?, ?>>map(JsonView::parse).toList();
  }

  private static Map<Object, Long> byOutcome(List<Map<?, ?>> lines) {
    return lines.stream().collect(Collectors.groupingBy(l -> l.get("outcome"), Collectors.counting()));
  }

  private long scansAnswered() {
    return mock.requests().stream().filter(r -> r.path().endsWith("/credit-card") && !r.path().contains("public-keys")).count();
  }

  @Test
  void every_file_gets_one_valid_line_and_failures_make_the_exit_code() throws IOException {
    mock.injectFault(Fault.resultCode("credit-card", 3, 4000111));
    Path output = work.resolve("results.jsonl");

    CliRun run = batch(output);

    List<Map<?, ?>> lines = lines(output);
    assertThat(lines).hasSize(CARDS + 1);
    assertThat(lines).extracting(l -> l.get("file")).doesNotHaveDuplicates();
    assertThat(byOutcome(lines)).containsEntry("ok", (long) CARDS - 3).containsEntry("refused", 3L)
        .containsEntry("skipped", 1L);
    assertThat(lines).filteredOn(l -> "refused".equals(l.get("outcome"))).allSatisfy(l -> {
      assertThat(((Number) l.get("resultCode")).intValue()).isEqualTo(4000111);
      assertThat((String) l.get("error")).contains("4000111");
    });
    assertThat(Files.readString(output).lines().filter(l -> l.contains("\"outcome\":\"ok\"")))
        .allSatisfy(l -> assertThat(l).matches("\\{\"file\":\"[^\"]+\",\"outcome\":\"ok\",\"resultCode\":0,"
            + "\"result\":\\{\"fileType\".*\\},\"findings\":\\[\\]\\}"));
    assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
    assertThat(run.out()).contains(CARDS + " files scanned").contains("ok 37 refused 3 skipped 1")
        .contains("0 x37").contains("4000111 x3").contains("with findings: 0");
  }

  @Test
  void a_batch_where_every_image_succeeds_exits_zero_and_a_gateway_failure_exits_four() throws IOException {
    CliRun clean = batch(work.resolve("clean.jsonl"));
    mock.injectFault(Fault.of("credit-card", 1, io.ocrkit.mock.FaultKind.HTTP_502_HTML));
    mock.injectFault(Fault.of("credit-card", 1, io.ocrkit.mock.FaultKind.HTTP_502_HTML));
    mock.injectFault(Fault.of("credit-card", 1, io.ocrkit.mock.FaultKind.HTTP_502_HTML));
    CliRun broken = batch(work.resolve("broken.jsonl"), "--concurrency", "1");

    assertThat(clean.exitCode()).as(clean.all()).isZero();
    assertThat(broken.exitCode()).as(broken.all()).isEqualTo(ExitCodes.TRANSPORT);
    assertThat(byOutcome(lines(work.resolve("broken.jsonl")))).containsKey("failed");
  }

  @Test
  void resume_scans_only_the_files_not_answered_successfully_and_appends() throws IOException {
    mock.injectFault(Fault.resultCode("credit-card", 5, 4000111));
    Path output = work.resolve("results.jsonl");
    batch(output);
    long first = scansAnswered();

    CliRun again = batch(output, "--resume");

    assertThat(scansAnswered() - first).isEqualTo(5);
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("5 files scanned").contains(CARDS - 5 + " done before (--resume)");
    List<Map<?, ?>> lines = lines(output);
    assertThat(lines.stream().filter(l -> "ok".equals(l.get("outcome"))).map(l -> l.get("file")).distinct())
        .hasSize(CARDS);
  }

  @Test
  void an_existing_results_file_is_not_overwritten_without_resume() throws IOException {
    Path output = Files.writeString(work.resolve("results.jsonl"), "{}\n");

    CliRun run = batch(output);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip()).isEqualTo("ocr: --output '" + output + "' already exists; add --resume to "
        + "continue that batch, or give another file");
    assertThat(Files.readString(output)).isEqualTo("{}\n");
  }

  @Test
  void missing_credentials_are_a_usage_error_that_leaves_no_results_file() {
    Path output = work.resolve("r.jsonl");

    CliRun run = CliRun.of("scan", "credit-card", samples.toString(), "--output", output.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Missing --app-key");
    assertThat(Files.exists(output)).isFalse();
  }

  @Test
  void card_numbers_are_masked_in_the_file_unless_reveal() throws IOException {
    batch(work.resolve("masked.jsonl"));
    batch(work.resolve("revealed.jsonl"), "--reveal");

    String masked = Files.readString(work.resolve("masked.jsonl"));
    String revealed = Files.readString(work.resolve("revealed.jsonl"));
    for (CreditCardSample card : cards) {
      assertThat(masked).doesNotContain(card.number()).doesNotContain("\"" + card.validThru() + "\"")
          .contains("************" + card.number().substring(12));
      assertThat(revealed).contains("\"totalCardNum\":\"" + card.number() + "\"");
    }
  }

  @Test
  void a_file_named_on_the_command_line_that_is_not_an_image_is_reported_and_fails_the_batch() throws IOException {
    Path output = work.resolve("results.jsonl");
    Path text = samples.resolve("README.txt");

    CliRun run = CliRun.of(Against.mock(mock.server(), "scan", "credit-card", text.toString(),
        samples.resolve("card-0.png").toString(), "--output", output.toString()));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(lines(output)).first().satisfies(l -> {
      assertThat(l.get("file")).isEqualTo(text.toString());
      assertThat(l.get("outcome")).isEqualTo("skipped");
      assertThat(l.get("reason")).isEqualTo("not a JPEG or PNG image");
    });
    assertThat(run.out()).contains("1 files scanned").contains("ok 1 skipped 1");
  }

  @Test
  void options_out_of_range_are_one_line_naming_the_option() {
    Path output = work.resolve("r.jsonl");
    assertThat(batch(output, "--concurrency", "0").err().strip())
        .isEqualTo("ocr: --concurrency must be 1..256, was 0");
    assertThat(batch(output, "--concurrency", "257").err().strip())
        .isEqualTo("ocr: --concurrency must be 1..256, was 257");
    assertThat(batch(output, "--rate", "0").err().strip())
        .isEqualTo("ocr: --rate must be a number of scans per second above 0, was 0.0");
    assertThat(batch(output, "--rate", "NaN").exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(CliRun.of("scan", "credit-card", samples.toString(), "--concurrency", "4", "--mock").err().strip())
        .isEqualTo("ocr: --concurrency needs --output FILE.jsonl (a batch scan)");
    assertThat(Files.exists(output)).isFalse();
  }

  @Test
  void a_rate_spaces_the_scans_out() throws IOException {
    Path output = work.resolve("paced.jsonl");
    long started = System.nanoTime();

    CliRun run = CliRun.of(Against.mock(mock.server(), "scan", "credit-card", samples.resolve("card-0.png").toString(),
        samples.resolve("card-2.png").toString(), samples.resolve("card-4.png").toString(), "--output",
        output.toString(), "--rate", "5", "--concurrency", "3"));

    assertThat(run.exitCode()).isZero();
    assertThat(lines(output)).hasSize(3);
    // Three starts at 5 a second are 0.4 s apart from first to last, however fast the mock answers.
    assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(400_000_000L);
  }
}
