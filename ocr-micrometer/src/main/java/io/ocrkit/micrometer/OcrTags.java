package io.ocrkit.micrometer;

import io.ocrkit.core.model.OcrException;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.protocol.ResultCode;

/**
 * The tag keys and every value they can take: each set is bounded, so a tag never multiplies the
 * number of time series (unknown result codes all become {@link #CODE_OTHER}).
 */
public final class OcrTags {

  /** The tag key of the exchange's operation: one of the {@code OPERATION_…} values. */
  public static final String OPERATION = "operation";
  /** The tag key of how the exchange ended: one of the {@code OUTCOME_…} values. */
  public static final String OUTCOME = "outcome";
  /**
   * The tag key of the answer's result code: a documented code, {@link #CODE_OTHER} or {@link #CODE_NONE}.
   */
  public static final String RESULT_CODE = "result.code";
  /** The tag key that says whether the exchange repeats an earlier one: {@code true} or {@code false}. */
  public static final String RETRIED = "retried";

  /** A credit-card scan. */
  public static final String OPERATION_CREDIT_CARD = "credit-card";
  /** An ID-card scan with a Request-Key. */
  public static final String OPERATION_ID_CARD = "id-card";
  /** A stand-alone ID-card scan. */
  public static final String OPERATION_ID_CARD_STAND_ALONE = "id-card-stand-alone";
  /** An authenticity check. */
  public static final String OPERATION_AUTHENTICITY = "authenticity";
  /** A public-key fetch, for either key service. */
  public static final String OPERATION_PUBLIC_KEY = "public-key";
  /** A call this version does not observe (the revocation of a token at close); never a tag. */
  static final String OPERATION_OTHER = "other";

  /** The service answered and said yes (result code 0, or a 2xx token answer). */
  public static final String OUTCOME_SUCCESS = "success";
  /** The service answered and said no. */
  public static final String OUTCOME_SERVICE_ERROR = "service_error";
  /** No usable answer: a connection failure, a timeout, a gateway's page. */
  public static final String OUTCOME_TRANSPORT_ERROR = "transport_error";
  /** An answer that did not parse or decrypt. */
  public static final String OUTCOME_PROTOCOL_ERROR = "protocol_error";
  /** Only while the call runs. */
  static final String OUTCOME_UNKNOWN = "unknown";

  /** A result code the protocol does not document. */
  public static final String CODE_OTHER = "other";
  /** No result code: a transport or protocol failure. */
  public static final String CODE_NONE = "none";

  /** The event of each answer {@code 4000301} in a call: it is re-sealed under a fresh key. */
  public static final String RESEAL = "reseal";
  /** The event of each answer {@code 4000006} in a call: it was throttled. */
  public static final String THROTTLED = "throttled";

  private OcrTags() {}

  /** A call's operation as the listener seam names it (a path segment) as a tag value. */
  static String operation(String callOperation) {
    if (callOperation.startsWith("public-keys/")) {
      return OPERATION_PUBLIC_KEY;
    }
    return switch (callOperation) {
      case "credit-card" -> OPERATION_CREDIT_CARD;
      case "id-card" -> OPERATION_ID_CARD;
      case "id-card/stand-alone" -> OPERATION_ID_CARD_STAND_ALONE;
      case "id-card/authenticity" -> OPERATION_AUTHENTICITY;
      default -> OPERATION_OTHER;
    };
  }

  static String resultCode(Integer code) {
    if (code == null) {
      return CODE_NONE;
    }
    return ResultCode.of(code).map(c -> Integer.toString(c.code())).orElse(CODE_OTHER);
  }

  /** Transport error also covers what stopped a call outside the protocol (an image unreadable on a retry). */
  static String errorOutcome(RuntimeException error) {
    if (error instanceof OcrServiceException) {
      return OUTCOME_SERVICE_ERROR;
    }
    if (error instanceof OcrProtocolException) {
      return OUTCOME_PROTOCOL_ERROR;
    }
    return OUTCOME_TRANSPORT_ERROR;
  }

  static Integer errorCode(RuntimeException error) {
    return error instanceof OcrServiceException e ? Integer.valueOf(((OcrException) e).resultCode()) : null;
  }
}
