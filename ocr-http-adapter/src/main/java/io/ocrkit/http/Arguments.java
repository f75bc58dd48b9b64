package io.ocrkit.http;

import java.time.Duration;
import java.util.Objects;

/**
 * The builder's argument checks that name the argument. Credentials often come from the
 * environment, and an unset variable reads as null: that is bad input to name
 * ({@link IllegalArgumentException}), not a programming error to throw an NPE for.
 */
final class Arguments {

  private Arguments() {}

  static String present(String value, String argument) {
    if (value == null) {
      throw new IllegalArgumentException("'" + argument + "' is null (an unset environment variable?)");
    }
    return value;
  }

  /** Exactly one way to authenticate: v2.0's secret key or v2.1's User Access Key. */
  static void oneCredential(Object secretKey, Object accessKeyId) {
    if (secretKey != null && accessKeyId != null) {
      throw new IllegalArgumentException("set either 'secretKey' (v2.0) or 'userAccessKey' (v2.1), not both");
    }
    if (secretKey == null && accessKeyId == null) {
      throw new IllegalArgumentException("'secretKey' (v2.0) or 'userAccessKey' (v2.1) is required");
    }
  }

  static Duration positive(Duration d, String argument) {
    Objects.requireNonNull(d, argument + " == null");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("'" + argument + "' must be positive");
    }
    return d;
  }
}
