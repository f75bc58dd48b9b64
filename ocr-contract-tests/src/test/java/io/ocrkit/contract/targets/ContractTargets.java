package io.ocrkit.contract.targets;

import io.ocrkit.contract.Contract;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs each {@link Contract} once per target, {@code mock} then {@code real}, and skips with a
 * reason the runs that are not asked for: a target not chosen by {@code OCR_CONTRACT_TARGET}, or a
 * mock-only contract on the real target. A real target that was chosen but lacks its settings fails
 * every contract, naming what is missing.
 *
 * <p>One mock is started for the whole run (in-process, on a free port) and reset before each
 * contract; it is closed when the run ends.
 */
public final class ContractTargets implements TestTemplateInvocationContextProvider {

  /** The display names of the two invocations, which the report reads back. */
  public static final List<String> TARGETS = List.of("mock", "real");

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ContractTargets.class);

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return context.getTestMethod().map(m -> m.isAnnotationPresent(Contract.class)).orElse(false);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
    Contract contract = context.getRequiredTestMethod().getAnnotation(Contract.class);
    return TARGETS.stream().map(target -> new Invocation(target, contract));
  }

  /** Why {@code target} cannot run {@code contract}, or null when it can. */
  static String skipReason(String target, Contract contract) {
    Settings.Selection selection = Settings.selection();
    if (!selection.includes(target)) {
      return "real".equals(target)
          ? "not run against the real service: " + Settings.TARGET + " is '" + selection.name().toLowerCase()
              + "'; set " + Settings.TARGET + "=real with " + Settings.BASE_URL + ", " + Settings.APP_KEY + ", "
              + Settings.SECRET_KEY + " and " + Settings.SAMPLES_DIR
          : "not run against the mock: " + Settings.TARGET + " is 'real' (use 'both' for both)";
    }
    if ("real".equals(target)) {
      if (contract.runsOn() == Contract.RunsOn.MOCK_ONLY) {
        return "mock only: " + mockOnlyReason(contract);
      }
    }
    return null;
  }

  /**
   * Why a chosen {@code target} cannot start, or null when it can. Not a skip: a CI job that asked
   * for the real service and lost its secrets must go red, not green with every contract skipped.
   */
  static String configurationError(String target) {
    if (!"real".equals(target) || !Settings.selection().includes(target)) {
      return null;
    }
    List<String> missing = RealTarget.missingSettings();
    return missing.isEmpty() ? null
        : Settings.TARGET + " asks for the real service, but it is not configured: missing " + String.join(", ", missing);
  }

  /** Why a mock-only contract cannot run on the real service, in words. */
  public static String mockOnlyReason(Contract contract) {
    String needs = Arrays.stream(contract.needs()).map(Capability::label).collect(Collectors.joining(", "));
    if (!contract.reason().isEmpty()) {
      return needs.isEmpty() ? contract.reason() : contract.reason() + " (needs " + needs + ")";
    }
    return needs.isEmpty() ? "not runnable on the real service" : "needs " + needs;
  }

  private static ContractTarget target(String name, ExtensionContext context) {
    ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
    if ("mock".equals(name)) {
      return store.getOrComputeIfAbsent("mock", key -> MockTarget.start(), MockTarget.class);
    }
    return store.getOrComputeIfAbsent("real", key -> RealTarget.fromSettings(), RealTarget.class);
  }

  private static final class Invocation implements TestTemplateInvocationContext {
    private final String target;
    private final Contract contract;

    Invocation(String target, Contract contract) {
      this.target = target;
      this.contract = contract;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
      return target;
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of(new TargetExtension(target, contract));
    }
  }

  /** Skips, resolves the target parameter, and resets the target before the contract runs. */
  private static final class TargetExtension implements ExecutionCondition, ParameterResolver, BeforeEachCallback {
    private final String target;
    private final Contract contract;

    TargetExtension(String target, Contract contract) {
      this.target = target;
      this.contract = contract;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      String reason = skipReason(target, contract);
      return reason == null
          ? ConditionEvaluationResult.enabled("runs on " + target)
          : ConditionEvaluationResult.disabled(reason);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == ContractTarget.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return target(target, context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
      String error = configurationError(target);
      if (error != null) {
        throw new TargetNotConfiguredException(error);
      }
      target(target, context).beforeContract();
    }
  }

  /** For the report: the contract on a method, if any. */
  public static Contract contractOf(Method method) {
    return method.getAnnotation(Contract.class);
  }
}
