package io.ocrkit.mock;

/** How an injected fault breaks an answer, beyond answering a chosen result code. */
public enum FaultKind {
  /** Waits {@code delayMs}, then answers normally. */
  DELAY,
  /** Drops the connection without an answer (TCP reset). */
  CONNECTION_RESET,
  /** HTTP 200 with an empty body. */
  EMPTY_RESPONSE,
  /** HTTP 200 with a body cut off in the middle of the JSON. */
  MALFORMED_JSON,
  /**
   * An HTML page, as a gateway in front of the service answers: HTTP 502 unless the fault names
   * 503 or 504 ({@link Fault#withGatewayStatus}).
   */
  HTTP_502_HTML
}
