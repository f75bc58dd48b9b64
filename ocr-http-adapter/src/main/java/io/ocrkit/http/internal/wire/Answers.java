package io.ocrkit.http.internal.wire;

import jakarta.json.bind.annotation.JsonbProperty;

/** Whole answers, one class per result type, so JSON-B needs no generic type tokens. */
public final class Answers {

  private Answers() {}

  /** Any answer, header only: what a failed answer is read as. */
  public static final class HeaderOnly {
    @JsonbProperty("header") public HeaderDto header;
  }

  public static final class PublicKey {
    @JsonbProperty("header") public HeaderDto header;
    @JsonbProperty("result") public PublicKeyDto result;
  }

  public static final class CreditCard {
    @JsonbProperty("header") public HeaderDto header;
    @JsonbProperty("result") public CreditCardDto result;
  }

  public static final class IdCard {
    @JsonbProperty("header") public HeaderDto header;
    @JsonbProperty("result") public IdCardDto result;
  }

  public static final class Authenticity {
    @JsonbProperty("header") public HeaderDto header;
    @JsonbProperty("result") public AuthenticityDto result;
  }

  /** The v2.1 token endpoint's answer. */
  public static final class Token {
    /** Present when a gateway or the mock refuses in the OCR answer shape instead of an HTTP 4xx. */
    @JsonbProperty("header") public HeaderDto header;
    @JsonbProperty("access_token") public String accessToken;
    @JsonbProperty("token_type") public String tokenType;
    /** A JSON number or a string of digits: the docs type it as a string and print a number. */
    @JsonbProperty("expires_in") public Object expiresIn;
    /** OAuth 2.0 error code (RFC 6749, 5.2), on a 4xx. Its {@code error_description} is not read. */
    @JsonbProperty("error") public String error;
  }
}
