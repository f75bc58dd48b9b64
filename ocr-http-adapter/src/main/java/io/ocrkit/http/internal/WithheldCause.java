package io.ocrkit.http.internal;

/**
 * A stand-in for a JSON mapping failure, kept as the cause of an
 * {@link io.ocrkit.core.model.OcrProtocolException}: the original's type and stack trace, and
 * those of its own causes, without their messages. A parser's message may quote the answer, and
 * an answer holds ciphertext and personal data; where it failed is diagnosis enough.
 */
final class WithheldCause extends Exception {

  private static final long serialVersionUID = 1L;

  private static final int MAX_DEPTH = 8;

  private WithheldCause(Throwable original, int depth) {
    super(original.getClass().getName() + " (its message is withheld: it may quote the answer)",
        original.getCause() == null || depth >= MAX_DEPTH ? null : new WithheldCause(original.getCause(), depth + 1),
        false, true);
    setStackTrace(original.getStackTrace());
  }

  static WithheldCause of(Throwable original) {
    return new WithheldCause(original, 0);
  }
}
