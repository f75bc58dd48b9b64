package io.ocrkit.mock.internal.record;

/** The upstream answered a protocol header with a non-zero code where the recorder needed success. */
final class UpstreamRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;

  UpstreamRefusal(int code) {
    super("the upstream answered " + code, null, false, false);
    this.code = code;
  }

  int code() {
    return code;
  }
}
