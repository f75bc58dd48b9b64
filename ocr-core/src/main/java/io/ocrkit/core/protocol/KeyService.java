package io.ocrkit.core.protocol;

/** The services that issue their own public key: each operation seals under one of them. */
public enum KeyService {
  /** The credit-card service's key. */
  CREDIT_CARD("credit-card"),
  /** The ID-card service's key: scans and authenticity checks. */
  ID_CARD("id-card");

  private final String wireName;

  KeyService(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The {@code serviceName} path segment of the public-key operation.
   *
   * @return {@code credit-card} or {@code id-card}
   */
  public String wireName() {
    return wireName;
  }

  /** {@return the key fetch's name in messages and to listeners, e.g. {@code public-keys/credit-card}} */
  public String operation() {
    return "public-keys/" + wireName;
  }
}
