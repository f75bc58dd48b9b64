package io.ocrkit.core.protocol;

/**
 * The shape of a server-sent string that the SDK sends back in a header ({@code X-Key-Version},
 * {@code Request-Key}, the bearer token): printable ASCII without spaces, bounded. Anything else
 * could split a header or be refused by the HTTP client with a message that quotes it, so it is
 * judged where it arrives, as a protocol fault that quotes nothing.
 */
public final class HeaderText {

  /** The longest key version accepted; the service's are a few characters. */
  public static final int MAX_KEY_VERSION = 128;

  /** The longest Request-Key accepted; the service's are opaque strings well below this. */
  public static final int MAX_REQUEST_KEY = 1024;

  private HeaderText() {}

  /**
   * Whether {@code value} is 1 to {@code maxLength} characters, each from {@code !} to {@code ~}.
   *
   * @param value the server-sent text; may be null
   * @param maxLength the longest accepted, e.g. {@link #MAX_REQUEST_KEY}
   * @return {@code false} for null, empty, too long or any other character
   */
  public static boolean isSafe(String value, int maxLength) {
    if (value == null || value.isEmpty() || value.length() > maxLength) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x21 || c > 0x7E) {
        return false;
      }
    }
    return true;
  }
}
