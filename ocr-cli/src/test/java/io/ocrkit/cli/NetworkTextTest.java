package io.ocrkit.cli;

import static io.ocrkit.cli.FixtureImages.kv;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.samples.ResidentCardSample;
import io.ocrkit.mock.samples.SampleData;
import jakarta.json.bind.JsonbBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Text from the network never reaches the terminal with control characters in it. */
class NetworkTextTest {

  @RegisterExtension
  static MockOcrExtension mock = new MockOcrExtension();

  @TempDir
  Path dir;

  /** C0 (ESC, BEL, BS, CR, TAB, NUL...), DEL and C1 (CSI U+009B...): anything but the line ends we print. */
  private static final String CONTROL = "[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f]";

  private Path hostileCard() {
    ResidentCardSample r = SampleData.residentCard(21);
    // ESC [2J clears the screen, U+009B is the one-character CSI, BEL and BS and CR move or ring.
    String hostile = "Seoul\\u001b[2J\\u009b31m\\u0007\\u0008\\r\\u007f\\u0000end";
    return FixtureImages.residentAnswering(mock, dir, 21, String.join(",",
        kv("name", r.name()), kv("residentNumber", r.residentNumber()), kv("issueDate", r.issueDate()),
        kv("issuer", hostile), kv("evil\\u001b]0;title\\u0007key", "x")));
  }

  @Test
  void text_output_holds_no_control_character_from_the_answer() {
    CliRun run = CliRun.of(Against.mock(mock.server(), "scan", "id-card", hostileCard().toString()));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Seoul").contains("end").containsPattern("evil.*key");
    assertThat(run.all()).doesNotContainPattern(CONTROL);
  }

  @Test
  void json_output_escapes_c0_c1_and_del_and_parses_back_to_the_answer() {
    CliRun run = CliRun.of(Against.mock(mock.server(), "scan", "id-card", hostileCard().toString(), "--json"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().strip()).doesNotContainPattern("[\\x00-\\x1f\\x7f-\\x9f]")
        .contains("\\u009b", "\\u007f", "\\u001b");
    Map<?, ?> parsed = JsonbBuilder.create().fromJson(run.out().strip(), Map.class);
    List<?> keyValues = (List<?>) parsed.get("keyValues");
    assertThat(keyValues).anySatisfy(kv -> assertThat(((Map<?, ?>) kv).get("value"))
        .isEqualTo("Seoul\u001b[2J\u009b31m\u0007\b\r\u007f\u0000end"));
  }

  @Test
  void json_view_escapes_c1_and_del_which_json_itself_allows_raw() {
    assertThat(JsonView.render(List.of("a\u009bb\u007fc\u0085"))).isEqualTo("[\"a\\u009bb\\u007fc\\u0085\"]");
  }

  @Test
  void the_terminal_text_of_a_value_shows_each_control_character_as_an_escape() {
    assertThat(TerminalText.safe("a\u001b[2Jb\u009bc\u007f\td\n")).isEqualTo("a\\e[2Jb\\x9bc\\x7f\\td\\n");
    assertThat(TerminalText.safe("홍길동 Seoul")).isEqualTo("홍길동 Seoul");
  }
}
