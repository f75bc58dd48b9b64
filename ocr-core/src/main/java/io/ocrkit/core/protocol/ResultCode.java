package io.ocrkit.core.protocol;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every result code the protocol documents, with its key, documented message, meaning and {@link Recovery}: what, if
 * anything, can make the same call succeed. Codes the SDK does not know are kept as numbers by
 * {@code OcrException}.
 */
public enum ResultCode {
  SUCCESS(0, "SUCCESS", "", Recovery.FAIL),
  FAIL(-1, "Unknown error.", "unknown error", Recovery.FAIL),
  BAD_REQUEST(400, "Bad Request", Recovery.FAIL),
  UNAUTHORIZED(401, "Unauthorized", Recovery.FAIL),
  FORBIDDEN(403, "Forbidden", Recovery.FAIL),
  NOT_FOUND(404, "Not Found", Recovery.FAIL),
  METHOD_NOT_ALLOWED(405, "Method Not Allowed", Recovery.FAIL),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported Media Type", Recovery.FAIL),
  INVALID_PARAMETER(4000001, "Invalid parameter.", "a parameter is invalid", Recovery.FAIL),
  INVALID_FILE(4000002, "Invalid file.", "the file is invalid", Recovery.FAIL),
  INVALID_FILE_TYPE(4000003, "Invalid file type.", "the file is not a jpg or png image", Recovery.FAIL),
  UPLOADED_FILE_IS_EMPTY(4000004, "Uploaded file is empty.", "the uploaded file is empty", Recovery.FAIL),
  MISSING_REQUIRED_HEADER(4000005, "Required headers is missing.", "a required header is missing",
      Recovery.FAIL),
  API_CALL_LIMIT_EXCEEDED(4000006,
      "Api call limit exceeded, If you need to adjust the limit, please contact customer service.",
      "the call rate or quota was exceeded; retry later", Recovery.WAIT_OUT_QUOTA),
  INVALID_BUSINESS_REGISTRATION_FORMAT(4000101, "Invalid business registration format.", Recovery.FAIL),
  NOT_EXIST_BUSINESS_NUMBER(4000102, "Business number that does not exist.", Recovery.FAIL),
  PDF_PASSWORD_PROTECTED(4000103, "PDF file is password protected.", Recovery.FAIL),
  CREDIT_CARD_INFO_NOT_FOUND(4000111, "Credit card info not found.", "no credit card was found in the image",
      Recovery.FAIL),
  ID_CARD_INFO_NOT_FOUND(4000121, "Id card info not found.", "no ID card was found in the image",
      Recovery.FAIL),
  AUTHENTICITY_REQUEST_KEY_INVALID(4000122, "Request Key is invalid or expired.",
      "the Request-Key is unknown, already used or expired", Recovery.FAIL),
  REGISTRATION_CARD_AUTHENTICATION_LOCKED(4000123, "Registration card authentication is locked.",
      "too many wrong issue dates for this resident card; checks are locked", Recovery.FAIL),
  INVALID_KEY_VERSION(4000301, "Invalid key version.", "the public key version is unknown or retired",
      Recovery.RESEAL_UNDER_FRESH_KEY),
  INVALID_SYMMETRIC_KEY(4000302, "Invalid symmetric key.", "the symmetric key did not unwrap to 32 bytes",
      Recovery.FAIL),
  INVALID_ENCRYPTED_DATA(4000303, "Invalid encrypted data.", "the encrypted payload did not decrypt",
      Recovery.FAIL),
  SERVICE_NOT_ENABLED(4000401, "Service not enabled. Please submit service use request.",
      "the service is not enabled for this app key", Recovery.FAIL),
  SERVICE_USE_REQUEST_ALREADY_IN_PROGRESS(4000402, "Service use request already in progress.", Recovery.FAIL),
  SERVICE_USE_REQUEST_NOT_IN_PROGRESS(4000403, "Service use request not in progress.", Recovery.FAIL),
  SERVICE_ALREADY_ENABLED(4000404, "Service already enabled.", Recovery.FAIL),
  INVALID_APPKEY_SECRETKEY(4010001, "Invalid appKey or secretKey.", "the app key or secret key is wrong",
      Recovery.FAIL),
  INVALID_UUID(4010002, "Invalid uuid.", Recovery.FAIL),
  NOT_ALLOWED_USER(4010003, "Not allowed user.", Recovery.FAIL),
  INVALID_PROJECT(4010004, "Invalid project.", Recovery.FAIL),
  UNAUTHORIZED_ROLE(4010005, "Unauthorized role.", Recovery.FAIL),
  INVALID_TOKEN(4010006, "Invalid token.", "the access token is invalid or expired",
      Recovery.RESEND_WITH_RENEWED_CREDENTIALS),
  PERMISSION_DENIED(4010007, "Permission denied.", "the access token lacks the permission", Recovery.FAIL),
  URL_NOT_FOUND(4041007, "URL Not Found", "the URL does not exist", Recovery.FAIL),
  MAX_UPLOAD_SIZE_EXCEEDED(4131000, "Request size is larger than permissible limit.",
      "the upload is over the size limit", Recovery.FAIL),
  INTERNAL_API_FAIL(5000001, "Internal Api fail.", "the service failed internally", Recovery.FAIL),
  ERROR_PARSING_FAIL(5000002, "Error parsing fail.", Recovery.FAIL),
  DATABASE_FAIL(5000003, "Database server error.", Recovery.FAIL),
  RESOURCE_DELETE_FAIL(5000004, "All or some resource delete fail.", Recovery.FAIL),
  FILE_READ_FAIL(5000005, "File read fail.", Recovery.FAIL),
  DECRYPT_FAIL(5000006, "Decrypt fail.", "the service could not decrypt", Recovery.FAIL),
  ENCRYPT_FAIL(5000007, "Encrypt fail.", "the service could not encrypt", Recovery.FAIL),
  API_TEMPORARILY_UNAVAILABLE(5000503,
      "The API you requested is temporarily unavailable. Please try again later.",
      "the service is temporarily unavailable; retry later", Recovery.BACK_OFF_AND_RETRY),
  OCR_DOCUMENT_BUSINESS_API_FAIL(5003001, "Document(business) OCR Api fail.", Recovery.FAIL),
  OCR_DOCUMENT_BUSINESS_API_RETURN_EMPTY(5003002, "Document(business) OCR Api returned empty body.",
      Recovery.FAIL),
  OCR_DOCUMENT_BUSINESS_RECOGNITION_FAIL(5003003,
      "Document(business) OCR failed to recognize the document.", Recovery.FAIL),
  OCR_DOCUMENT_BUSINESS_STATUS_CHECK_FAIL(5003004, "Document(business) Status Api fail.", Recovery.FAIL),
  OCR_DOCUMENT_CREDIT_CARD_API_FAIL(5003011, "Document(credit card) OCR Api fail.",
      "the card recogniser failed", Recovery.FAIL),
  OCR_DOCUMENT_CREDIT_CARD_API_RETURN_EMPTY(5003012, "Document(credit card) OCR Api returned empty body.",
      "the card recogniser returned nothing", Recovery.FAIL),
  OCR_DOCUMENT_CREDIT_CARD_RECOGNITION_FAIL(5003013,
      "Document(credit card) OCR failed to recognize the document.", "the card recogniser failed",
      Recovery.FAIL),
  OCR_DOCUMENT_ID_CARD_API_FAIL(5003021, "Document(id card) OCR Api fail.", "the ID-card recogniser failed",
      Recovery.FAIL),
  OCR_DOCUMENT_ID_CARD_API_RETURN_EMPTY(5003022, "Document(id card) OCR Api returned empty body.",
      "the ID-card recogniser returned nothing", Recovery.FAIL),
  OCR_DOCUMENT_ID_CARD_RECOGNITION_FAIL(5003023, "Document(id card) OCR failed to recognize the document.",
      "the ID-card recogniser failed", Recovery.FAIL);

  private static final Map<Integer, ResultCode> BY_CODE =
      Stream.of(values()).collect(Collectors.toUnmodifiableMap(ResultCode::code, Function.identity()));

  private final int code;
  private final String message;
  private final String meaning;
  private final Recovery recovery;

  /** A code whose documented message says enough on its own. */
  ResultCode(int code, String message, Recovery recovery) {
    this(code, message, message, recovery);
  }

  ResultCode(int code, String message, String meaning, Recovery recovery) {
    this.code = code;
    this.message = message;
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

  /**
   * The {@code resultMessage} the service documents for this code, e.g. {@code "Invalid appKey or
   * secretKey."}. For showing and for the mock to send; the SDK decides on the code alone, since
   * texts can change while codes do not.
   */
  public String message() {
    return message;
  }

  /** What the code means for a caller of this SDK, in its own words. */
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

  /**
   * Whether the code says the caller is over its rate or quota: {@link #API_CALL_LIMIT_EXCEEDED}
   * only. {@link #API_TEMPORARILY_UNAVAILABLE} is not, although the service may mean an upstream
   * limit by it: that limit is the service's, not the caller's, so slowing down is not the
   * caller's remedy; it stays an ordinary retry-later code.
   */
  public boolean throttling() {
    return recovery == Recovery.WAIT_OUT_QUOTA;
  }

  public static Optional<ResultCode> of(int code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }
}
