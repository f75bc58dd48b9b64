package io.ocrkit.contract.report;

import io.ocrkit.contract.Contract;
import io.ocrkit.contract.report.ContractReportListener.Outcome;
import io.ocrkit.contract.report.ContractReportListener.Row;
import io.ocrkit.contract.report.ContractReportListener.Status;
import io.ocrkit.contract.targets.ContractTargets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the collected rows into the Markdown report: a table of contracts × targets, then notes. */
final class ReportWriter {

  private ReportWriter() {}

  static String markdown(List<Row> unsorted, String selection) {
    List<Row> rows = new ArrayList<>(unsorted);
    rows.sort(Row.order());
    Map<String, Integer> notes = new LinkedHashMap<>();
    StringBuilder out = new StringBuilder();
    out.append("# Contract report\n\n");
    out.append("Made ").append(ContractReportListener.now()).append(" with `OCR_CONTRACT_TARGET` = ")
        .append(selection).append(".\n\n");

    long confirmed = rows.stream().filter(r -> r.contract.confirmedAgainstReal()).count();
    if (confirmed == 0) {
      out.append("**No contract has been confirmed against the real service yet.** ")
          .append("A pass on the mock shows that the mock and the SDK agree with docs/protocol.md as this project ")
          .append("reads it; it does not show that the real service does.\n\n");
    } else {
      out.append("**").append(confirmed).append(" of ").append(rows.size())
          .append(" checks have been confirmed against the real service** (column *confirmed*); the others have not.\n\n");
    }

    for (String target : ContractTargets.TARGETS) {
      out.append("- ").append(target).append(": ").append(count(rows, target, Status.PASSED)).append(" passed, ")
          .append(count(rows, target, Status.FAILED)).append(" failed, ")
          .append(count(rows, target, Status.SKIPPED)).append(" skipped\n");
    }
    out.append("\nEach expectation names its source: a page of the service's public documentation, or a ")
        .append("decision of this project where the documentation is silent (docs/protocol.md gives each with ")
        .append("its link and reason).\n");
    out.append("\n| contract | via | check | source | runs on | mock | real | confirmed against real |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (Row row : rows) {
      out.append("| `").append(row.contract.id()).append("` | ").append(row.contract.via().label())
          .append(" | ").append(escape(row.check)).append(" | ")
          .append(ContractSources.of(row.contract.id()).map(ContractSources.Basis::cell).orElse("**unclassified**"))
          .append(" | ")
          .append(row.contract.runsOn() == Contract.RunsOn.BOTH ? "both" : "mock only");
      for (String target : ContractTargets.TARGETS) {
        out.append(" | ").append(cell(row.outcomes.get(target), notes));
      }
      out.append(" | ").append(row.contract.confirmedAgainstReal() ? "yes" : "no").append(" |\n");
    }

    if (!notes.isEmpty()) {
      out.append("\n## Why checks were skipped or failed\n\n");
      notes.forEach((text, number) -> out.append(number).append(". ").append(escape(text)).append("\n"));
    }
    List<Row> mockOnly = rows.stream().filter(r -> r.contract.runsOn() == Contract.RunsOn.MOCK_ONLY).toList();
    if (!mockOnly.isEmpty()) {
      out.append("\n## Mock-only contracts\n\n");
      mockOnly.stream().map(r -> "- `" + r.contract.id() + "`: " + ContractTargets.mockOnlyReason(r.contract) + "\n")
          .distinct().forEach(out::append);
    }
    return out.toString();
  }

  private static long count(List<Row> rows, String target, Status status) {
    return rows.stream().map(r -> r.outcomes.get(target)).filter(o -> o != null && o.status() == status).count();
  }

  private static String cell(Outcome outcome, Map<String, Integer> notes) {
    if (outcome == null) {
      return "not run";
    }
    return switch (outcome.status()) {
      case PASSED -> "passed";
      case FAILED -> "**FAILED** [" + note("failed: " + outcome.detail() + " (see the Surefire report)", notes) + "]";
      case SKIPPED -> "skipped [" + note(outcome.detail(), notes) + "]";
    };
  }

  private static int note(String text, Map<String, Integer> notes) {
    return notes.computeIfAbsent(text, t -> notes.size() + 1);
  }

  private static String escape(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
