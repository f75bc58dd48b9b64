package io.ocrkit.core.model;

/** A person's name as read from a card. Masked to its first character. */
public final class PersonName extends SensitiveValue {

  private PersonName(String value) {
    super(value, "name");
  }

  /**
   * Wraps a name.
   *
   * @param value the name, not null (may be empty)
   * @return the masked value
   */
  public static PersonName of(String value) {
    return new PersonName(value);
  }

  @Override
  public String masked() {
    String v = reveal();
    if (v.isEmpty()) {
      return "";
    }
    int first = v.offsetByCodePoints(0, 1);
    return v.substring(0, first) + "*".repeat(Math.max(1, v.codePointCount(first, v.length())));
  }
}
