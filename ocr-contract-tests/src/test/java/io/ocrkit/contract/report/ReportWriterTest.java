package io.ocrkit.contract.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.contract.Contract;
import io.ocrkit.contract.Contract.RunsOn;
import io.ocrkit.contract.Contract.Via;
import io.ocrkit.contract.report.ContractReportListener.Outcome;
import io.ocrkit.contract.report.ContractReportListener.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportWriterTest {

  @Test
  void the_report_says_plainly_that_nothing_was_confirmed_against_the_real_service() {
    String report = ReportWriter.markdown(List.of(row("both", Outcome.PASSED, Outcome.skipped("no settings"))), "mock");

    assertThat(report).contains("No contract has been confirmed against the real service yet.");
  }

  @Test
  void each_contract_has_one_cell_per_target_with_skip_reasons_as_notes() {
    String report = ReportWriter.markdown(List.of(
        row("both", Outcome.PASSED, Outcome.skipped("the real target is not configured")),
        row("mock_only", Outcome.failed("AssertionError"), Outcome.skipped("mock only: needs fixtures"))), "mock");

    assertThat(report)
        .contains("| `x.both` | wire, JDK crypto | both | **unclassified** | both | passed | skipped [1] | no |")
        .contains("| `x.mock-only` | SDK | mock_only | **unclassified** | mock only | **FAILED** [2] | skipped [3] | no |")
        .contains("1. the real target is not configured")
        .contains("- mock: 1 passed, 1 failed, 0 skipped")
        .contains("- real: 0 passed, 0 failed, 2 skipped");
  }

  @Test
  void a_failure_is_reported_by_type_only_never_by_message() {
    String report = ReportWriter.markdown(List.of(row("both", Outcome.failed("AssertionError"), null)), "mock");

    assertThat(report).contains("failed: AssertionError (see the Surefire report)").contains("not run");
  }

  private static Row row(String method, Outcome mock, Outcome real) {
    try {
      Contract contract = Annotated.class.getDeclaredMethod(method).getAnnotation(Contract.class);
      Row row = new Row(contract, "Annotated", method);
      row.outcomes.put("mock", mock);
      if (real != null) {
        row.outcomes.put("real", real);
      }
      return row;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  /** Annotations to read; Surefire does not run nested classes. */
  static final class Annotated {
    @Contract(id = "x.both", via = Via.WIRE_JDK)
    void both() {}

    @Contract(id = "x.mock-only", via = Via.SDK, runsOn = RunsOn.MOCK_ONLY)
    void mock_only() {}
  }
}
