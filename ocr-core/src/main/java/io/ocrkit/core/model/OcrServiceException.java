package io.ocrkit.core.model;

import io.ocrkit.core.protocol.ResultCode;

/** The service answered, and said no ({@code isSuccessful: false}), or the SDK knew it would. */
public class OcrServiceException extends OcrException {

  private static final long serialVersionUID = 1L;

  /** The service's {@code resultMessage}, or empty. */
  private final String serviceMessage;

  /**
   * A refusal; the message, the key and {@link #retryable()} follow from the code.
   *
   * @param operation what was being done, e.g. {@code credit-card}
   * @param resultCode the service's {@code resultCode}
   * @param serviceMessage the service's {@code resultMessage}; kept apart, it is the service's text
   */
  public OcrServiceException(String operation, int resultCode, String serviceMessage) {
    super(operation + " failed: " + resultCode + " " + keyOf(resultCode)
            + ResultCode.of(resultCode).map(c -> " (" + c.meaning() + ")").orElse(""),
        resultCode, keyOf(resultCode),
        ResultCode.of(resultCode).map(ResultCode::retryable).orElse(false), null);
    this.serviceMessage = serviceMessage == null ? "" : serviceMessage;
  }

  /**
   * The {@code resultMessage} the service sent, as it sent it.
   *
   * @return the text, empty when the service sent none; it is the service's words, not the SDK's
   */
  public String serviceMessage() {
    return serviceMessage;
  }
}
