package io.ocrkit.http.internal.wire;

import jakarta.json.bind.annotation.JsonbProperty;

/** Whole answers, one class per result type, so JSON-B needs no generic type tokens. */
public final class Answers {

  private Answers() {}

  /** Any answer, header only: what a failed answer is read as. */
  public static final class HeaderOnly {
    @JsonbProperty("header") private HeaderDto header;
    public HeaderDto header() { return header; }
  }

  public static final class PublicKey {
    @JsonbProperty("header") private HeaderDto header;
    public HeaderDto header() { return header; }
    @JsonbProperty("result") private PublicKeyDto result;
    public PublicKeyDto result() { return result; }
  }

  public static final class CreditCard {
    @JsonbProperty("header") private HeaderDto header;
    public HeaderDto header() { return header; }
    @JsonbProperty("result") private CreditCardDto result;
    public CreditCardDto result() { return result; }
  }

  public static final class IdCard {
    @JsonbProperty("header") private HeaderDto header;
    public HeaderDto header() { return header; }
    @JsonbProperty("result") private IdCardDto result;
    public IdCardDto result() { return result; }
  }

  public static final class Authenticity {
    @JsonbProperty("header") private HeaderDto header;
    public HeaderDto header() { return header; }
    @JsonbProperty("result") private AuthenticityDto result;
    public AuthenticityDto result() { return result; }
  }

  /** The v2.1 token endpoint's answer. */
  public static final class Token {
    /** Present when a gateway or the mock refuses in the OCR answer shape instead of an HTTP 4xx. */
    @JsonbProperty("header") private HeaderDto header;
    public HeaderDto header() { return header; }
    @JsonbProperty("access_token") private String accessToken;
    public String accessToken() { return accessToken; }
    @JsonbProperty("token_type") private String tokenType;
    public String tokenType() { return tokenType; }
    /** A JSON number or a string of digits: the docs type it as a string and print a number. */
    @JsonbProperty("expires_in") private Object expiresIn;
    public Object expiresIn() { return expiresIn; }
    /** OAuth 2.0 error code (RFC 6749, 5.2), on a 4xx. Its {@code error_description} is not read. */
    @JsonbProperty("error") private String error;
    public String error() { return error; }
  }
}
