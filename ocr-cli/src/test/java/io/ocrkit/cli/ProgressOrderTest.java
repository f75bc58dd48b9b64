package io.ocrkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The progress bar and the results share one terminal: what a person sees is the rendering of both
 * streams in the order written, which {@link #screen} replays (carriage return, erase line, newline).
 */
class ProgressOrderTest {

  @TempDir
  static Path dir;

  private static Path card;

  @BeforeAll
  static void sample() throws IOException {
    card = Files.write(dir.resolve("card.png"), SampleImages.renderWithFixture(SampleData.creditCard(41),
        SampleImages.Size.NORMAL, SampleImages.ImageFormat.PNG));
  }

  /** Both streams into one, as on a terminal. */
  private static String onOneTerminal(boolean terminal, String... args) {
    StringWriter both = new StringWriter();
    PrintWriter writer = new PrintWriter(both, true);
    CommandLine cli = OcrCommand.commandLine(new Console(terminal));
    cli.setOut(writer);
    cli.setErr(writer);
    assertThat(cli.execute(args)).isZero();
    return both.toString();
  }

  /** The lines a terminal shows for {@code written}. */
  static List<String> screen(String written) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int col = 0;
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (c == '\r') {
        col = 0;
      } else if (c == '\n') {
        lines.add(line.toString());
        line.setLength(0);
        col = 0;
      } else if (c == '\u001b' && written.startsWith("[K", i + 1)) {
        line.setLength(col);
        i += 2;
      } else if (c == '\u001b') {
        throw new AssertionError("an escape sequence this screen does not know at " + i);
      } else {
        if (col < line.length()) {
          line.setCharAt(col, c);
        } else {
          line.append(c);
        }
        col++;
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  @Test
  void json_results_on_a_terminal_are_whole_lines_and_the_bar_stays_below_them() {
    String written = onOneTerminal(true, "scan", "credit-card", card.toString(), card.toString(), card.toString(),
        "--mock", "--json");
    List<String> lines = screen(written);

    assertThat(written).contains("\r");
    assertThat(lines).hasSize(4);
    for (String json : lines.subList(0, 3)) {
      assertThat(JsonbBuilder.create().fromJson(json, Map.class)).containsKey("file");
    }
    assertThat(lines.get(3)).startsWith("scan").contains("3/3");
  }

  @Test
  void text_results_on_a_terminal_start_at_the_beginning_of_their_line() {
    List<String> lines = screen(onOneTerminal(true, "scan", "credit-card", card.toString(), card.toString(),
        "--mock"));

    assertThat(lines.stream().filter(l -> l.startsWith("credit-card  " + card))).hasSize(2);
    assertThat(lines.subList(0, lines.size() - 1)).noneSatisfy(l -> assertThat(l).contains("/2"));
    assertThat(lines.get(lines.size() - 1)).startsWith("scan").contains("2/2");
  }

  @Test
  void without_a_terminal_there_is_no_bar() {
    String written = onOneTerminal(false, "scan", "credit-card", card.toString(), card.toString(), "--mock", "--json");

    assertThat(written).doesNotContain("\r").doesNotContain("\u001b");
    assertThat(screen(written)).hasSize(2);
  }
}
