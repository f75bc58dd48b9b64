package io.ocrkit.contract.targets;

/** What a target offers beyond the protocol; the real service offers none of these. */
public enum Capability {
  /** Scan answers set in advance per image ({@code POST /mock/v1/fixtures}). */
  FIXTURES("fixtures"),
  /** Injected failures ({@code POST /mock/v1/faults}) and key rotation on demand. */
  FAULTS("faults"),
  /** A clock the test can move ({@code POST /mock/v1/clock/advance}). */
  CLOCK("a controllable clock");

  private final String label;

  Capability(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
