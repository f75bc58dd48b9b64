package io.ocrkit.cli;

import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.OcrTransportException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The command's exit codes, and which failure gets which. */
final class ExitCodes {

  static final int OK = 0;
  /** A bug: something no other code covers. */
  static final int SOFTWARE = 1;
  /** Bad usage or input: a wrong option, a file that cannot be read or is not an image. */
  static final int USAGE = 2;
  /** The service refused: the message carries the result code and key. */
  static final int REFUSED = 3;
  /** The network, a gateway, or an answer that did not parse or decrypt. */
  static final int TRANSPORT = 4;

  private ExitCodes() {}

  /**
   * A "refusal" with the success code is the server contradicting itself, not a refusal: the SDK
   * should raise a protocol error for it, and the CLI treats one that slips through the same way.
   */
  private static boolean contradictory(OcrServiceException refusal) {
    return refusal.resultCode() == 0;
  }

  static int of(Throwable failure) {
    if (failure instanceof OcrServiceException refusal) {
      return contradictory(refusal) ? TRANSPORT : REFUSED;
    }
    if (failure instanceof OcrTransportException || failure instanceof OcrProtocolException) {
      return TRANSPORT;
    }
    if (failure instanceof IllegalArgumentException || failure instanceof UncheckedIOException
        || failure instanceof IOException) {
      return USAGE;
    }
    return SOFTWARE;
  }

  /** One readable line for stderr; never holds a secret (exception messages never do). */
  static String describe(Throwable failure) {
    if (failure instanceof OcrServiceException refusal && contradictory(refusal)) {
      String message = String.valueOf(refusal.getMessage());
      int end = message.indexOf(" failed");
      return (end > 0 ? message.substring(0, end) + ": " : "")
          + "the service answered isSuccessful false with result code 0 (success), a contradictory answer; "
          + "try again, and report it if it persists";
    }
    if (failure instanceof UncheckedIOException io && io.getCause() != null) {
      return io.getMessage() + ": " + io.getCause().getClass().getSimpleName();
    }
    String message = failure.getMessage();
    return message == null ? failure.getClass().getSimpleName() : message;
  }
}
