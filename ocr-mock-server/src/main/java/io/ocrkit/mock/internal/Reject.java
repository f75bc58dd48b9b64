package io.ocrkit.mock.internal;

import io.ocrkit.core.protocol.ResultCode;

/**
 * Stops handling with a result code; mapped to the protocol's answer once, by the routes'
 * exception handler. Carries no detail that could leak a value, and no stack trace.
 */
final class Reject extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;

  Reject(ResultCode code) {
    this(code.code());
  }

  Reject(int code) {
    super(null, null, false, false);
    this.code = code;
  }

  int code() {
    return code;
  }
}
