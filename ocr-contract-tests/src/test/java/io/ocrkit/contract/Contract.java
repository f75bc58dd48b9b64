package io.ocrkit.contract;

import io.ocrkit.contract.targets.Capability;
import io.ocrkit.contract.targets.ContractTargets;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One behaviour of docs/protocol.md, checked against every target: the method runs once per target
 * ({@code mock}, {@code real}) and takes the {@link io.ocrkit.contract.targets.ContractTarget} as a
 * parameter. A target that cannot run it is skipped with the reason, never silently.
 *
 * <p>The report ({@code target/contract-report.md}) lists every contract by {@link #id()} and
 * {@link #via()}, with its outcome per target and whether it was {@link #confirmedAgainstReal()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@TestTemplate
@ExtendWith(ContractTargets.class)
public @interface Contract {

  /** A stable name, e.g. {@code scan.credit-card.shape}; one id may be checked by several ways in. */
  String id();

  /** Where it can run. */
  RunsOn runsOn() default RunsOn.BOTH;

  /** What a mock-only contract needs from the target; shown as the reason it cannot run on the real one. */
  Capability[] needs() default {};

  /** Why, in words, when {@link #needs()} alone does not say it (e.g. a service change). */
  String reason() default "";

  /** How the request reaches the target. */
  Via via();

  /**
   * True only after someone ran this contract against the real service with real credentials and
   * saw it pass. Nobody has yet: every contract says false until then.
   */
  boolean confirmedAgainstReal() default false;

  /** Where a contract can run. */
  enum RunsOn {
    /** The mock and the real service. */
    BOTH,
    /** The mock only: it needs fixtures, faults or the clock, or the real service stopped it. */
    MOCK_ONLY
  }

  /** The way into the target: through the SDK, or by hand on the wire. */
  enum Via {
    /** Through {@code io.ocrkit.http.OcrClient}: checks the SDK against the target. */
    SDK("SDK"),
    /** Requests built in the test with JDK crypto: checks the target independently of the SDK. */
    WIRE_JDK("wire, JDK crypto"),
    /** Requests built with the openssl command-line tool: checks the target independently of Java crypto. */
    WIRE_OPENSSL("wire, openssl");

    private final String label;

    Via(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
