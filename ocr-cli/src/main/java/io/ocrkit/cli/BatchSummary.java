package io.ocrkit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a batch did, counted line by line as they are written, and the exit code it earns: 0 only
 * when every file scanned succeeded. Of several failures the most severe decides, so that the code
 * does not depend on which scan finished first.
 */
final class BatchSummary {

  /** Listed by name at the end; more are counted. */
  private static final int NAMED_FINDINGS = 20;
  /** Most severe first. */
  private static final List<Integer> SEVERITY =
      List.of(ExitCodes.SOFTWARE, ExitCodes.TRANSPORT, ExitCodes.REFUSED, ExitCodes.USAGE);

  private final Map<String, Integer> byOutcome = new LinkedHashMap<>();
  private final Map<Integer, Integer> byCode = new TreeMap<>();
  private final List<String> withFindings = new ArrayList<>();
  private int exit = ExitCodes.OK;
  private int lines;

  BatchSummary() {
    for (String outcome : List.of(BatchLine.OK, BatchLine.REFUSED, BatchLine.FAILED, BatchLine.ERROR,
        BatchLine.SKIPPED)) {
      byOutcome.put(outcome, 0);
    }
  }

  /** Counts one line; {@code exitCode} is what the file alone would exit with (0 for success or a skip). */
  void count(Map<String, Object> line, int exitCode) {
    lines++;
    byOutcome.merge((String) line.get("outcome"), 1, Integer::sum);
    if (line.get("resultCode") instanceof Integer code) {
      byCode.merge(code, 1, Integer::sum);
    }
    if (line.get("findings") instanceof List<?> findings && !findings.isEmpty()) {
      withFindings.add((String) line.get("file"));
    }
    if (exitCode != ExitCodes.OK && (exit == ExitCodes.OK || rank(exitCode) < rank(exit))) {
      exit = exitCode;
    }
  }

  private static int rank(int exitCode) {
    int i = SEVERITY.indexOf(exitCode);
    return i < 0 ? 0 : i;
  }

  int exitCode() {
    return exit;
  }

  int lines() {
    return lines;
  }

  /**
   * @param notStarted files an interruption left unscanned
   * @param resumed files skipped because an earlier run scanned them
   */
  void print(PrintWriter out, long millis, int notStarted, int resumed, String resultsFile) {
    int scanned = lines - byOutcome.get(BatchLine.SKIPPED);
    out.printf(Locale.ROOT, "%d files scanned in %.1f s (%.1f/s)%s%n", scanned, millis / 1000.0,
        millis == 0 ? 0.0 : scanned * 1000.0 / millis, resumed == 0 ? "" : ", " + resumed + " done before (--resume)");
    StringBuilder outcomes = new StringBuilder("  by outcome:");
    byOutcome.forEach((outcome, n) -> {
      if (n > 0) {
        outcomes.append(' ').append(outcome).append(' ').append(n);
      }
    });
    out.println(outcomes);
    if (!byCode.isEmpty()) {
      StringBuilder codes = new StringBuilder("  by result code:");
      byCode.forEach((code, n) -> codes.append(' ').append(code).append(" x").append(n));
      out.println(codes);
    }
    out.printf(Locale.ROOT, "  with findings: %d%n", withFindings.size());
    for (String file : withFindings.subList(0, Math.min(NAMED_FINDINGS, withFindings.size()))) {
      out.println("    " + TerminalText.safe(file));
    }
    if (withFindings.size() > NAMED_FINDINGS) {
      out.printf(Locale.ROOT, "    and %d more%n", withFindings.size() - NAMED_FINDINGS);
    }
    if (notStarted > 0) {
      out.printf(Locale.ROOT, "interrupted: %d files not scanned; run again with --resume%n", notStarted);
    }
    out.println("results in " + TerminalText.safe(resultsFile));
    out.flush();
  }
}
