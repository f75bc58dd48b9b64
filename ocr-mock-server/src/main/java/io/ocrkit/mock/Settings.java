package io.ocrkit.mock;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;

/** The checks and made-up defaults of the builder's settings. */
final class Settings {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Settings() {}

  /** Throwaway demo credentials: hex of fresh random bytes. */
  static String randomText(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  static String requireText(String value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("'" + name + "' must not be blank");
    }
    return value;
  }

  static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name + " == null");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("'" + name + "' must be positive");
    }
    return d;
  }

  /** The value, or an {@link IllegalArgumentException} with {@code message} when under {@code min}. */
  static long atLeast(long value, long min, String message) {
    if (value < min) {
      throw new IllegalArgumentException(message);
    }
    return value;
  }

  /** A host as a URL writes it: a wildcard as loopback, an IPv6 literal in brackets. */
  static String hostForUrl(String host) {
    String h = "0.0.0.0".equals(host) ? "127.0.0.1" : host;
    return h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
  }
}
