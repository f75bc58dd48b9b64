package io.ocrkit.core.model;

import io.ocrkit.core.protocol.ResultCode;

/**
 * An answer that does not parse or does not decrypt. Deliberately opaque: the cause chain never
 * carries padding errors or plaintext, since CBC without integrity makes such detail an oracle.
 */
public class OcrProtocolException extends OcrException {

  private static final long serialVersionUID = 1L;

  /**
   * An unusable answer, with no cause to keep.
   *
   * @param message what was wrong, quoting nothing of the answer
   */
  public OcrProtocolException(String message) {
    super(message, ResultCode.FAIL.code(), "PROTOCOL", false, null);
  }

  /**
   * An unusable answer, with a cause for diagnosis.
   *
   * @param message what was wrong, quoting nothing of the answer
   * @param cause kept for diagnosis; the caller makes sure it quotes nothing of the answer
   */
  public OcrProtocolException(String message, Throwable cause) {
    super(message, ResultCode.FAIL.code(), "PROTOCOL", false, cause);
  }
}
