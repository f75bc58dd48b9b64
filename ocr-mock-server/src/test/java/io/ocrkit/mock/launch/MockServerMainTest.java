package io.ocrkit.mock.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MockServerMainTest {

  private final StringWriter err = new StringWriter();
  private final CommandLine line = MockServerMain.command().setErr(new PrintWriter(err, true));

  @Test
  void an_unexpected_failure_is_one_line_and_exit_code_1_not_a_stack_trace() {
    int code = MockServerMain.failed(line, new IllegalStateException("the journal is gone"));

    assertThat(code).isEqualTo(CommandLine.ExitCode.SOFTWARE);
    assertThat(err.toString()).isEqualTo("error: the mock stopped: java.lang.IllegalStateException: the journal is gone"
        + System.lineSeparator());
  }

  @Test
  void options_it_cannot_use_print_why_and_the_usage_with_exit_code_2() {
    int code = MockServerMain.failed(line, new IllegalArgumentException("--port must be 0 to 65535"));

    assertThat(code).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).startsWith("error: --port must be 0 to 65535").contains("Usage: ocr-mock-server");
  }

  @Test
  void the_picocli_path_answers_a_failure_as_the_quick_path_does() throws Exception {
    int code = line.getExecutionExceptionHandler().handleExecutionException(
        new IllegalStateException("boom"), line, null);

    assertThat(code).isEqualTo(CommandLine.ExitCode.SOFTWARE);
    assertThat(err.toString()).doesNotContain("\tat ");
  }
}
