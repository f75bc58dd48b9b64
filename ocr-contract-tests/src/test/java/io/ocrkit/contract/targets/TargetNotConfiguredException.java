package io.ocrkit.contract.targets;

/**
 * A target was chosen but cannot start. Its message names settings, never their values, so the
 * report may quote it.
 */
public final class TargetNotConfiguredException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  TargetNotConfiguredException(String message) {
    super(message);
  }
}
