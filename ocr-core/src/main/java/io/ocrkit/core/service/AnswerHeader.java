package io.ocrkit.core.service;

import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.port.out.Wire;

/**
 * Whether an answer's {@code header} says success. Its two fields must agree: {@code resultCode}
 * 0 with {@code isSuccessful: true}, any other code with {@code false}. A header that contradicts
 * itself is no answer to act on, neither as a success (whose result may be missing) nor as a
 * refusal (whose code says nothing went wrong).
 */
final class AnswerHeader {

  private AnswerHeader() {}

  /** @throws OcrProtocolException when the header contradicts itself; it quotes nothing of it */
  static boolean succeeded(String operation, Wire.Header header) {
    boolean zero = header.resultCode() == 0;
    if (header.isSuccessful() != zero) {
      throw new OcrProtocolException(operation + " answered a header that contradicts itself: isSuccessful is "
          + header.isSuccessful() + " but resultCode " + (zero ? "is 0" : "is not 0"));
    }
    return zero;
  }
}
