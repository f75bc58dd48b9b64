package io.ocrkit.http;

/**
 * Credentials often come from the environment, and an unset variable reads as null: that is bad
 * input to name ({@link IllegalArgumentException}), not a programming error to throw an NPE for.
 */
final class Credentials {

  private Credentials() {}

  static String present(String value, String argument) {
    if (value == null) {
      throw new IllegalArgumentException("'" + argument + "' is null (an unset environment variable?)");
    }
    return value;
  }
}
