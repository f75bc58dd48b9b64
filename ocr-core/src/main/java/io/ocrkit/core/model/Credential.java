package io.ocrkit.core.model;

/** A secret key, access key or bearer token. Never shown, not even in part. */
public final class Credential extends SensitiveValue {

  private Credential(String value, String name) {
    super(value, name);
  }

  /**
   * A credential; {@code name} says which argument it was when it is missing or blank.
   *
   * @param value the secret itself
   * @param name the argument's name, for messages only (never the value)
   * @return the credential
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static Credential of(String value, String name) {
    Credential credential = new Credential(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException("'" + name + "' must not be blank");
    }
    return credential;
  }

  @Override
  public String masked() {
    return "****";
  }
}
