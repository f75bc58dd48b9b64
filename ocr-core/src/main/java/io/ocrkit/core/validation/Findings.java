package io.ocrkit.core.validation;

import io.ocrkit.core.model.Finding;
import io.ocrkit.core.model.Finding.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one result. Messages are fixed sentences: never a value. */
final class Findings {

  private final List<Finding> list = new ArrayList<>();

  void notice(String code, String field, String message) {
    list.add(new Finding(code, field, Severity.NOTICE, message));
  }

  void warning(String code, String field, String message) {
    list.add(new Finding(code, field, Severity.WARNING, message));
  }

  void error(String code, String field, String message) {
    list.add(new Finding(code, field, Severity.ERROR, message));
  }

  void add(String code, String field, Severity severity, String message) {
    list.add(new Finding(code, field, severity, message));
  }

  /**
   * Runs one check; a bug in it must not cost the caller a scan it paid for, so a runtime failure
   * becomes a finding. The exception's message is not used: it could quote the value.
   */
  void run(Runnable check) {
    try {
      check.run();
    } catch (RuntimeException bug) {
      notice(FindingCodes.CHECK_FAILED, "result",
          "One of the result checks could not run; the other checks still apply.");
    }
  }

  List<Finding> toList() {
    return List.copyOf(list);
  }
}
