package io.ocrkit.contract;

import io.ocrkit.contract.targets.ContractTarget;
import io.ocrkit.contract.targets.MockTarget;
import io.ocrkit.contract.targets.SampleKind;
import org.junit.jupiter.api.Assumptions;

/** Fixture set-ups for mock-only contracts; they need a target with the fixtures capability. */
final class Fixtures {

  private Fixtures() {}

  /** The resident sample now reads as before, but the service holds the ID as not authentic. */
  static void residentNotAuthentic(ContractTarget target, byte[] image) {
    mock(target).registerSample(SampleKind.RESIDENT, false);
  }

  static MockTarget mock(ContractTarget target) {
    Assumptions.assumeTrue(target instanceof MockTarget, "needs the mock's fixtures");
    return (MockTarget) target;
  }
}
