package io.ocrkit.core.model;

import io.ocrkit.core.protocol.ResultCode;
import java.util.Optional;

/**
 * The v2.1 token endpoint refused the User Access Key, in the OAuth 2.0 way (HTTP 400, or 401
 * for {@code invalid_client}, with an {@code error} code). Reported as
 * {@link ResultCode#INVALID_APPKEY_SECRETKEY}; not retried, since the same key would be refused
 * again. The endpoint's {@code error_description} is never kept: it may echo what was sent.
 */
public class OcrAuthenticationException extends OcrServiceException {

  private static final long serialVersionUID = 1L;

  /** The OAuth {@code error} code, or null. */
  private final String oauthError;
  /** The token endpoint's HTTP status. */
  private final int httpStatus;

  /**
   * A refusal of the token endpoint, reported as {@code INVALID_APPKEY_SECRETKEY}.
   *
   * @param oauthError the OAuth {@code error} code, already checked to be a plain token, or null
   *     when the answer named none
   * @param operation the operation that needed the token, for the message
   * @param httpStatus the token endpoint's status, usually 400 or 401
   */
  public OcrAuthenticationException(String operation, int httpStatus, String oauthError) {
    super(operation, ResultCode.INVALID_APPKEY_SECRETKEY.code(), "the token endpoint refused the User Access Key"
        + " with HTTP " + httpStatus + (oauthError == null ? "" : " (" + oauthError + ")"));
    this.oauthError = oauthError;
    this.httpStatus = httpStatus;
  }

  /**
   * The OAuth 2.0 error code, e.g. {@code invalid_client}, when the endpoint named one.
   *
   * @return the code, or empty when the answer named none
   */
  public Optional<String> oauthError() {
    return Optional.ofNullable(oauthError);
  }

  /**
   * The HTTP status the token endpoint answered.
   *
   * @return the status, e.g. 400 or 401
   */
  public int httpStatus() {
    return httpStatus;
  }
}
