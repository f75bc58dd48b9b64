package io.ocrkit.mock.internal.record;

/** The upstream could not be asked, or answered outside the protocol; the message quotes none of its answer. */
final class UpstreamException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UpstreamException(String message) {
    super(message);
  }

  UpstreamException(String message, Throwable cause) {
    super(message, cause);
  }
}
