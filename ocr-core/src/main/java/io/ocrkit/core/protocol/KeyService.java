package io.ocrkit.core.protocol;

/** The services that issue their own public key: each operation seals under one of them. */
public enum KeyService {
  CREDIT_CARD("credit-card"),
  ID_CARD("id-card");

  private final String wireName;

  KeyService(String wireName) {
    this.wireName = wireName;
  }

  /** The {@code serviceName} path segment of the public-key operation. */
  public String wireName() {
    return wireName;
  }

  /** The key fetch's name in messages and to listeners, e.g. {@code public-keys/credit-card}. */
  public String operation() {
    return "public-keys/" + wireName;
  }
}
