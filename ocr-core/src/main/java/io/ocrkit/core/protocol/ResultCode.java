package io.ocrkit.core.protocol;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every result code the protocol documents, with its key, meaning and {@link Recovery}: what, if
 * anything, can make the same call succeed. Codes the SDK does not know are kept as numbers by
 * {@code OcrException}.
 */
public enum ResultCode {
  SUCCESS(0, "", Recovery.FAIL),
  FAIL(-1, "unknown error", Recovery.FAIL),
  INVALID_PARAMETER(4000001, "a parameter is invalid", Recovery.FAIL),
  INVALID_FILE(4000002, "the file is invalid", Recovery.FAIL),
  INVALID_FILE_TYPE(4000003, "the file is not a jpg or png image", Recovery.FAIL),
  UPLOADED_FILE_IS_EMPTY(4000004, "the uploaded file is empty", Recovery.FAIL),
  MISSING_REQUIRED_HEADER(4000005, "a required header is missing", Recovery.FAIL),
  API_CALL_LIMIT_EXCEEDED(4000006, "the call rate or quota was exceeded; retry later", Recovery.BACK_OFF_AND_RETRY),
  CREDIT_CARD_INFO_NOT_FOUND(4000111, "no credit card was found in the image", Recovery.FAIL),
  ID_CARD_INFO_NOT_FOUND(4000121, "no ID card was found in the image", Recovery.FAIL),
  AUTHENTICITY_REQUEST_KEY_INVALID(4000122, "the Request-Key is unknown, already used or expired", Recovery.FAIL),
  REGISTRATION_CARD_AUTHENTICATION_LOCKED(4000123,
      "too many wrong issue dates for this resident card; checks are locked", Recovery.FAIL),
  INVALID_KEY_VERSION(4000301, "the public key version is unknown or retired", Recovery.RESEAL_UNDER_FRESH_KEY),
  INVALID_SYMMETRIC_KEY(4000302, "the symmetric key did not unwrap to 32 bytes", Recovery.FAIL),
  INVALID_ENCRYPTED_DATA(4000303, "the encrypted payload did not decrypt", Recovery.FAIL),
  SERVICE_NOT_ENABLED(4000401, "the service is not enabled for this app key", Recovery.FAIL),
  INVALID_APPKEY_SECRETKEY(4010001, "the app key or secret key is wrong", Recovery.FAIL),
  INVALID_TOKEN(4010006, "the access token is invalid or expired",
      Recovery.RESEND_WITH_RENEWED_CREDENTIALS),
  PERMISSION_DENIED(4010007, "the access token lacks the permission", Recovery.FAIL),
  URL_NOT_FOUND(4041007, "the URL does not exist", Recovery.FAIL),
  MAX_UPLOAD_SIZE_EXCEEDED(4131000, "the upload is over the size limit", Recovery.FAIL),
  INTERNAL_API_FAIL(5000001, "the service failed internally", Recovery.FAIL),
  DECRYPT_FAIL(5000006, "the service could not decrypt", Recovery.FAIL),
  ENCRYPT_FAIL(5000007, "the service could not encrypt", Recovery.FAIL),
  API_TEMPORARILY_UNAVAILABLE(5000503, "the service is temporarily unavailable; retry later",
      Recovery.BACK_OFF_AND_RETRY),
  OCR_DOCUMENT_CREDIT_CARD_FAIL_1(5003011, "the card recogniser failed", Recovery.FAIL),
  OCR_DOCUMENT_CREDIT_CARD_FAIL_2(5003012, "the card recogniser failed", Recovery.FAIL),
  OCR_DOCUMENT_CREDIT_CARD_FAIL_3(5003013, "the card recogniser failed", Recovery.FAIL),
  OCR_DOCUMENT_ID_CARD_FAIL_1(5003021, "the ID-card recogniser failed", Recovery.FAIL),
  OCR_DOCUMENT_ID_CARD_FAIL_2(5003022, "the ID-card recogniser failed", Recovery.FAIL),
  OCR_DOCUMENT_ID_CARD_FAIL_3(5003023, "the ID-card recogniser failed", Recovery.FAIL);

  private static final Map<Integer, ResultCode> BY_CODE =
      Stream.of(values()).collect(Collectors.toUnmodifiableMap(ResultCode::code, Function.identity()));

  private final int code;
  private final String meaning;
  private final Recovery recovery;

  ResultCode(int code, String meaning, Recovery recovery) {
    this.code = code;
    this.meaning = meaning;
    this.recovery = recovery;
  }

  public int code() {
    return code;
  }

  /** The key the service uses in messages, e.g. {@code INVALID_APPKEY_SECRETKEY}. */
  public String key() {
    return name();
  }

  public String meaning() {
    return meaning;
  }

  /** What can make the same call succeed; the SDK's retry loop acts on nothing else. */
  public Recovery recovery() {
    return recovery;
  }

  /**
   * Whether the same call may succeed later. For {@link #INVALID_KEY_VERSION} and
   * {@link #INVALID_TOKEN} only after the SDK refreshed the key or token, which it does itself.
   */
  public boolean retryable() {
    return recovery != Recovery.FAIL;
  }

  public static Optional<ResultCode> of(int code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }
}
