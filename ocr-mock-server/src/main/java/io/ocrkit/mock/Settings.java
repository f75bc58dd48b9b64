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
}
