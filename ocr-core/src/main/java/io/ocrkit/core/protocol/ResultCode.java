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
  /** {@code 0}: the call succeeded. */
  SUCCESS(0, "SUCCESS", "", Recovery.FAIL),
  /** {@code -1}: a failure the service did not name, and the code of local protocol and transport faults. */
  FAIL(-1, "Unknown error.", "unknown error", Recovery.FAIL),
  /** HTTP 400 ({@code Bad Request}), as the service's table lists it; not retried. */
  BAD_REQUEST(400, "Bad Request", Recovery.FAIL),
  /** HTTP 401 ({@code Unauthorized}), as the service's table lists it; not retried. */
  UNAUTHORIZED(401, "Unauthorized", Recovery.FAIL),
  /** HTTP 403 ({@code Forbidden}), as the service's table lists it; not retried. */
  FORBIDDEN(403, "Forbidden", Recovery.FAIL),
  /** HTTP 404 ({@code Not Found}), as the service's table lists it; not retried. */
  NOT_FOUND(404, "Not Found", Recovery.FAIL),
  /** HTTP 405 ({@code Method Not Allowed}), as the service's table lists it; not retried. */
  METHOD_NOT_ALLOWED(405, "Method Not Allowed", Recovery.FAIL),
  /** HTTP 415 ({@code Unsupported Media Type}), as the service's table lists it; not retried. */
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported Media Type", Recovery.FAIL),
  /** {@code 4000001}: a parameter is invalid. */
  INVALID_PARAMETER(4000001, "Invalid parameter.", "a parameter is invalid", Recovery.FAIL),
  /** {@code 4000002}: the file is invalid. */
  INVALID_FILE(4000002, "Invalid file.", "the file is invalid", Recovery.FAIL),
  /** {@code 4000003}: the file is not a jpg or png image. */
  INVALID_FILE_TYPE(4000003, "Invalid file type.", "the file is not a jpg or png image", Recovery.FAIL),
  /** {@code 4000004}: the uploaded file is empty. */
  UPLOADED_FILE_IS_EMPTY(4000004, "Uploaded file is empty.", "the uploaded file is empty", Recovery.FAIL),
  /** {@code 4000005}: a required header is missing. */
  MISSING_REQUIRED_HEADER(4000005, "Required headers is missing.", "a required header is missing",
      Recovery.FAIL),
  /** {@code 4000006}: the call rate or quota was exceeded; retry later. */
  API_CALL_LIMIT_EXCEEDED(4000006,
      "Api call limit exceeded, If you need to adjust the limit, please contact customer service.",
      "the call rate or quota was exceeded; retry later", Recovery.WAIT_OUT_QUOTA),
  /** {@code 4000101}, documented as "Invalid business registration format." */
  INVALID_BUSINESS_REGISTRATION_FORMAT(4000101, "Invalid business registration format.", Recovery.FAIL),
  /** {@code 4000102}, documented as "Business number that does not exist." */
  NOT_EXIST_BUSINESS_NUMBER(4000102, "Business number that does not exist.", Recovery.FAIL),
  /** {@code 4000103}, documented as "PDF file is password protected." */
  PDF_PASSWORD_PROTECTED(4000103, "PDF file is password protected.", Recovery.FAIL),
  /** {@code 4000111}: no credit card was found in the image. */
  CREDIT_CARD_INFO_NOT_FOUND(4000111, "Credit card info not found.", "no credit card was found in the image",
      Recovery.FAIL),
  /** {@code 4000121}: no ID card was found in the image. */
  ID_CARD_INFO_NOT_FOUND(4000121, "Id card info not found.", "no ID card was found in the image",
      Recovery.FAIL),
  /** {@code 4000122}: the Request-Key is unknown, already used or expired. */
  AUTHENTICITY_REQUEST_KEY_INVALID(4000122, "Request Key is invalid or expired.",
      "the Request-Key is unknown, already used or expired", Recovery.FAIL),
  /** {@code 4000123}: too many wrong issue dates for this resident card; checks are locked. */
  REGISTRATION_CARD_AUTHENTICATION_LOCKED(4000123, "Registration card authentication is locked.",
      "too many wrong issue dates for this resident card; checks are locked", Recovery.FAIL),
  /** {@code 4000301}: the public key version is unknown or retired. */
  INVALID_KEY_VERSION(4000301, "Invalid key version.", "the public key version is unknown or retired",
      Recovery.RESEAL_UNDER_FRESH_KEY),
  /** {@code 4000302}: the symmetric key did not unwrap to 32 bytes. */
  INVALID_SYMMETRIC_KEY(4000302, "Invalid symmetric key.", "the symmetric key did not unwrap to 32 bytes",
      Recovery.FAIL),
  /** {@code 4000303}: the encrypted payload did not decrypt. */
  INVALID_ENCRYPTED_DATA(4000303, "Invalid encrypted data.", "the encrypted payload did not decrypt",
      Recovery.FAIL),
  /** {@code 4000401}: the service is not enabled for this app key. */
  SERVICE_NOT_ENABLED(4000401, "Service not enabled. Please submit service use request.",
      "the service is not enabled for this app key", Recovery.FAIL),
  /** {@code 4000402}, documented as "Service use request already in progress." */
  SERVICE_USE_REQUEST_ALREADY_IN_PROGRESS(4000402, "Service use request already in progress.", Recovery.FAIL),
  /** {@code 4000403}, documented as "Service use request not in progress." */
  SERVICE_USE_REQUEST_NOT_IN_PROGRESS(4000403, "Service use request not in progress.", Recovery.FAIL),
  /** {@code 4000404}, documented as "Service already enabled." */
  SERVICE_ALREADY_ENABLED(4000404, "Service already enabled.", Recovery.FAIL),
  /** {@code 4010001}: the app key or secret key is wrong. */
  INVALID_APPKEY_SECRETKEY(4010001, "Invalid appKey or secretKey.", "the app key or secret key is wrong",
      Recovery.FAIL),
  /** {@code 4010002}, documented as "Invalid uuid." */
  INVALID_UUID(4010002, "Invalid uuid.", Recovery.FAIL),
  /** {@code 4010003}, documented as "Not allowed user." */
  NOT_ALLOWED_USER(4010003, "Not allowed user.", Recovery.FAIL),
  /** {@code 4010004}, documented as "Invalid project." */
  INVALID_PROJECT(4010004, "Invalid project.", Recovery.FAIL),
  /** {@code 4010005}, documented as "Unauthorized role." */
  UNAUTHORIZED_ROLE(4010005, "Unauthorized role.", Recovery.FAIL),
  /** {@code 4010006}: the access token is invalid or expired. */
  INVALID_TOKEN(4010006, "Invalid token.", "the access token is invalid or expired",
      Recovery.RESEND_WITH_RENEWED_CREDENTIALS),
  /** {@code 4010007}: the access token lacks the permission. */
  PERMISSION_DENIED(4010007, "Permission denied.", "the access token lacks the permission", Recovery.FAIL),
  /** {@code 4041007}: the URL does not exist. */
  URL_NOT_FOUND(4041007, "URL Not Found", "the URL does not exist", Recovery.FAIL),
  /** {@code 4131000}: the upload is over the size limit. */
  MAX_UPLOAD_SIZE_EXCEEDED(4131000, "Request size is larger than permissible limit.",
      "the upload is over the size limit", Recovery.FAIL),
  /** {@code 5000001}: the service failed internally. */
  INTERNAL_API_FAIL(5000001, "Internal Api fail.", "the service failed internally", Recovery.FAIL),
  /** {@code 5000002}, documented as "Error parsing fail." */
  ERROR_PARSING_FAIL(5000002, "Error parsing fail.", Recovery.FAIL),
  /** {@code 5000003}, documented as "Database server error." */
  DATABASE_FAIL(5000003, "Database server error.", Recovery.FAIL),
  /** {@code 5000004}, documented as "All or some resource delete fail." */
  RESOURCE_DELETE_FAIL(5000004, "All or some resource delete fail.", Recovery.FAIL),
  /** {@code 5000005}, documented as "File read fail." */
  FILE_READ_FAIL(5000005, "File read fail.", Recovery.FAIL),
  /** {@code 5000006}: the service could not decrypt. */
  DECRYPT_FAIL(5000006, "Decrypt fail.", "the service could not decrypt", Recovery.FAIL),
  /** {@code 5000007}: the service could not encrypt. */
  ENCRYPT_FAIL(5000007, "Encrypt fail.", "the service could not encrypt", Recovery.FAIL),
  /** {@code 5000503}: the service is temporarily unavailable; retry later. */
  API_TEMPORARILY_UNAVAILABLE(5000503,
      "The API you requested is temporarily unavailable. Please try again later.",
      "the service is temporarily unavailable; retry later", Recovery.BACK_OFF_AND_RETRY),
  /** {@code 5003001}, documented as "Document(business) OCR Api fail." */
  OCR_DOCUMENT_BUSINESS_API_FAIL(5003001, "Document(business) OCR Api fail.", Recovery.FAIL),
  /** {@code 5003002}, documented as "Document(business) OCR Api returned empty body." */
  OCR_DOCUMENT_BUSINESS_API_RETURN_EMPTY(5003002, "Document(business) OCR Api returned empty body.",
      Recovery.FAIL),
  /** {@code 5003003}, documented as "Document(business) OCR failed to recognize the document." */
  OCR_DOCUMENT_BUSINESS_RECOGNITION_FAIL(5003003,
      "Document(business) OCR failed to recognize the document.", Recovery.FAIL),
  /** {@code 5003004}, documented as "Document(business) Status Api fail." */
  OCR_DOCUMENT_BUSINESS_STATUS_CHECK_FAIL(5003004, "Document(business) Status Api fail.", Recovery.FAIL),
  /** {@code 5003011}: the card recogniser failed. */
  OCR_DOCUMENT_CREDIT_CARD_API_FAIL(5003011, "Document(credit card) OCR Api fail.",
      "the card recogniser failed", Recovery.FAIL),
  /** {@code 5003012}: the card recogniser returned nothing. */
  OCR_DOCUMENT_CREDIT_CARD_API_RETURN_EMPTY(5003012, "Document(credit card) OCR Api returned empty body.",
      "the card recogniser returned nothing", Recovery.FAIL),
  /** {@code 5003013}: the card recogniser failed. */
  OCR_DOCUMENT_CREDIT_CARD_RECOGNITION_FAIL(5003013,
      "Document(credit card) OCR failed to recognize the document.", "the card recogniser failed",
      Recovery.FAIL),
  /** {@code 5003021}: the ID-card recogniser failed. */
  OCR_DOCUMENT_ID_CARD_API_FAIL(5003021, "Document(id card) OCR Api fail.", "the ID-card recogniser failed",
      Recovery.FAIL),
  /** {@code 5003022}: the ID-card recogniser returned nothing. */
  OCR_DOCUMENT_ID_CARD_API_RETURN_EMPTY(5003022, "Document(id card) OCR Api returned empty body.",
      "the ID-card recogniser returned nothing", Recovery.FAIL),
  /** {@code 5003023}: the ID-card recogniser failed. */
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

  /**
   * The number the service sends in {@code header.resultCode}.
   *
   * @return the code, e.g. {@code 4000301}
   */
  public int code() {
    return code;
  }

  /**
   * The key the service uses in messages, e.g. {@code INVALID_APPKEY_SECRETKEY}.
   *
   * @return the enum constant's name
   */
  public String key() {
    return name();
  }

  /**
   * The {@code resultMessage} the service documents for this code, e.g. {@code "Invalid appKey or
   * secretKey."}. For showing and for the mock to send; the SDK decides on the code alone, since
   * texts can change while codes do not.
   *
   * @return the documented text, never null
   */
  public String message() {
    return message;
  }

  /**
   * What the code means for a caller of this SDK, in its own words.
   *
   * @return a lower-case phrase for messages; empty for {@link #SUCCESS}
   */
  public String meaning() {
    return meaning;
  }

  /**
   * What can make the same call succeed; the SDK's retry loop acts on nothing else.
   *
   * @return the recovery, {@link Recovery#FAIL} for most codes
   */
  public Recovery recovery() {
    return recovery;
  }

  /**
   * Whether the same call may succeed later. For {@link #INVALID_KEY_VERSION} and
   * {@link #INVALID_TOKEN} only after the SDK refreshed the key or token, which it does itself.
   *
   * @return {@code true} unless the recovery is {@link Recovery#FAIL}
   */
  public boolean retryable() {
    return recovery != Recovery.FAIL;
  }

  /**
   * Whether the code says the caller is over its rate or quota: {@link #API_CALL_LIMIT_EXCEEDED}
   * only. {@link #API_TEMPORARILY_UNAVAILABLE} is not, although the service may mean an upstream
   * limit by it: that limit is the service's, not the caller's, so slowing down is not the
   * caller's remedy; it stays an ordinary retry-later code.
   *
   * @return {@code true} for {@link #API_CALL_LIMIT_EXCEEDED} only
   */
  public boolean throttling() {
    return recovery == Recovery.WAIT_OUT_QUOTA;
  }

  /**
   * The documented code with this number.
   *
   * @param code the number the service sent
   * @return the code, or empty for a number this SDK does not know
   */
  public static Optional<ResultCode> of(int code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }
}
