package io.ocrkit.contract.report;

import io.ocrkit.contract.Contract;
import io.ocrkit.contract.targets.ContractTargets;
import io.ocrkit.contract.targets.MockTarget;
import io.ocrkit.contract.targets.Settings;
import io.ocrkit.contract.targets.TargetNotConfiguredException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Collects the outcome of every {@link Contract} on every target and, when the test plan ends,
 * writes {@code target/contract-report.md} (path from the system property
 * {@code ocr.contract.report}). Found by the JUnit launcher through {@code META-INF/services}.
 *
 * <p>Failure messages are left out on purpose: against the real service they could hold what was
 * read from a real person's ID. The report says which contract failed; Surefire's report says why.
 */
public final class ContractReportListener implements TestExecutionListener {

  private final Map<String, Row> rows = new LinkedHashMap<>();
  private TestPlan plan;

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    this.plan = testPlan;
    rows.clear();
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    record(test, Outcome.skipped(reason));
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    Outcome outcome = switch (result.getStatus()) {
      case SUCCESSFUL -> Outcome.PASSED;
      case FAILED -> Outcome.failed(result.getThrowable().map(ContractReportListener::failureDetail).orElse("failure"));
      case ABORTED -> Outcome.skipped(result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
    };
    record(test, outcome);
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (rows.isEmpty()) {
      return;
    }
    Path file = Path.of(System.getProperty("ocr.contract.report", "target/contract-report.md"));
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, ReportWriter.markdown(new ArrayList<>(rows.values()), selectionText()),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the contract report " + file, e);
    }
  }

  private static String selectionText() {
    try {
      return Settings.get(Settings.TARGET).orElse("mock") + (Settings.get(Settings.TARGET).isEmpty() ? " (default)" : "")
          + Settings.get(MockTarget.MOCK_CRYPTO).map(c -> ", the mock's crypto `" + c + "`").orElse("");
    } catch (RuntimeException e) {
      return "unreadable";
    }
  }

  private void record(TestIdentifier test, Outcome outcome) {
    if (!test.isTest() || !ContractTargets.TARGETS.contains(test.getDisplayName())) {
      return;
    }
    Optional<Method> method = test.getSource()
        .filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
        .flatMap(ContractReportListener::method);
    Contract contract = method.map(ContractTargets::contractOf).orElse(null);
    if (contract == null) {
      return;
    }
    String key = method.get().getDeclaringClass().getName() + "#" + method.get().getName();
    String check = plan == null ? method.get().getName()
        : plan.getParent(test).map(TestIdentifier::getDisplayName).orElse(method.get().getName());
    Row row = rows.computeIfAbsent(key, k -> new Row(contract, method.get().getDeclaringClass().getSimpleName(), check));
    row.outcomes.put(test.getDisplayName(), outcome);
  }

  private static Optional<Method> method(MethodSource source) {
    try {
      return Optional.of(source.getJavaMethod());
    } catch (RuntimeException notLoadable) {
      return Optional.empty();
    }
  }

  /** One contract check: its annotation, where it lives and what happened per target. */
  static final class Row {
    final Contract contract;
    final String className;
    final String check;
    final Map<String, Outcome> outcomes = new LinkedHashMap<>();

    Row(Contract contract, String className, String check) {
      this.contract = contract;
      this.className = className;
      this.check = check;
    }

    static Comparator<Row> order() {
      return Comparator.<Row, String>comparing(r -> r.contract.id()).thenComparing(r -> r.contract.via().ordinal());
    }
  }

  /** What happened to one contract on one target. */
  record Outcome(Status status, String detail) {
    static final Outcome PASSED = new Outcome(Status.PASSED, "");

    static Outcome failed(String detail) {
      return new Outcome(Status.FAILED, detail);
    }

    static Outcome skipped(String reason) {
      return new Outcome(Status.SKIPPED, reason == null ? "" : reason);
    }
  }

  enum Status { PASSED, FAILED, SKIPPED }

  /** Kept for the writer: the time the report was made, to the second. */
  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  /** A failure's type only: its message may quote a value, except a missing setting's, which names settings. */
  private static String failureDetail(Throwable failure) {
    return failure instanceof TargetNotConfiguredException ? failure.getMessage() : failure.getClass().getSimpleName();
  }
}
