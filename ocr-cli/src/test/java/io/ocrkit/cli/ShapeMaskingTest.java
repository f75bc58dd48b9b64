package io.ocrkit.cli;

import static io.ocrkit.cli.FixtureImages.kv;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.samples.ResidentCardSample;
import io.ocrkit.mock.samples.SampleData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A value shaped like a resident or card number is masked whatever key the server put it under. */
class ShapeMaskingTest {

  @RegisterExtension
  static MockOcrExtension mock = new MockOcrExtension();

  @TempDir
  Path dir;

  private static final String RESIDENT_IN_ISSUER = "900101-1234568";
  private static final String CARD_IN_CONDITION = "4111 1111-1111 1111";

  private Path mislabelled() {
    ResidentCardSample r = SampleData.residentCard(31);
    return FixtureImages.residentAnswering(mock, dir, 31, String.join(",",
        kv("name", r.name()), kv("residentNumber", r.residentNumber()), kv("issueDate", r.issueDate()),
        kv("issuer", RESIDENT_IN_ISSUER), kv("condition", CARD_IN_CONDITION), kv("licenseType", "1 ordinary")));
  }

  private static String digits(String s) {
    return s.replaceAll("[^0-9]", "");
  }

  @Test
  void text_and_json_mask_numbers_under_non_personal_keys() {
    Path image = mislabelled();
    for (String format : new String[] {"--verbose", "--json"}) {
      CliRun run = CliRun.of(Against.mock(mock.server(), "scan", "id-card", image.toString(), format));

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).doesNotContain(RESIDENT_IN_ISSUER).doesNotContain(CARD_IN_CONDITION)
          .doesNotContain(digits(RESIDENT_IN_ISSUER).substring(6)).contains("1 ordinary");
      assertThat(digits(run.out())).doesNotContain(digits(CARD_IN_CONDITION).substring(0, 12));
    }
  }

  @Test
  void reveal_prints_them_in_full() {
    CliRun run = CliRun.of(Against.mock(mock.server(), "scan", "id-card", mislabelled().toString(), "--reveal"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains(RESIDENT_IN_ISSUER, CARD_IN_CONDITION);
  }
}
