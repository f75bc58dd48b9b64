package io.ocrkit.spring.boot;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** What each {@code ocrkit.*} property accepts, and the checks that fail with those words. */
final class OcrPropertyRules {

  static final String DURATION = "a positive duration such as 10s or 500ms";
  static final String URL = "an absolute https URL (http only to localhost)";

  private static final Map<String, String> ACCEPTS = Map.ofEntries(
      Map.entry("ocrkit.app-key", "the service's app key (not blank, URL-safe)"),
      Map.entry("ocrkit.secret-key", "the console's secret key (v2.0), without the v2.1 keys"),
      Map.entry("ocrkit.user-access-key-id", "a User Access Key ID (v2.1), with ocrkit.secret-access-key"),
      Map.entry("ocrkit.secret-access-key", "the User Access Key's secret (v2.1), with ocrkit.user-access-key-id"),
      Map.entry("ocrkit.base-url", URL),
      Map.entry("ocrkit.token-url", URL),
      Map.entry("ocrkit.connect-timeout", DURATION),
      Map.entry("ocrkit.attempt-timeout", DURATION),
      Map.entry("ocrkit.call-timeout", DURATION),
      Map.entry("ocrkit.retry.max-attempts", "a whole number from 1 to 10"),
      Map.entry("ocrkit.retry.base-delay", "a duration of 0 or more, such as 200ms"),
      Map.entry("ocrkit.retry.max-delay", "a duration at least ocrkit.retry.base-delay, such as 5s"),
      Map.entry("ocrkit.max-image-size", "a positive data size such as 20MB"),
      Map.entry("ocrkit.crypto", "jca or bouncycastle (bouncycastle needs org.bouncycastle:bcprov-jdk18on)"),
      Map.entry("ocrkit.validation.enabled", "true or false"),
      Map.entry("ocrkit.validation.confidence-threshold", "a number from 0 to 1, such as 0.5"),
      Map.entry("ocrkit.health.cache-ttl", "a duration of 0 or more, such as 30s"),
      Map.entry("ocrkit.mock.enabled", "true or false (true is refused while a 'prod' profile is active)"));

  private OcrPropertyRules() {}

  static String accepts(String property) {
    return ACCEPTS.getOrDefault(property, "a value of the documented type");
  }

  static InvalidOcrPropertyException invalid(String property) {
    return new InvalidOcrPropertyException(property, accepts(property));
  }

  static String text(String value, String property) {
    if (value == null || value.isBlank()) {
      throw invalid(property);
    }
    return value.trim();
  }

  static URI url(String value, String property) {
    try {
      URI uri = URI.create(text(value, property));
      if (!uri.isAbsolute() || uri.getHost() == null) {
        throw invalid(property);
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw invalid(property);
    }
  }

  static Duration positive(Duration value, String property) {
    if (value.isNegative() || value.isZero()) {
      throw invalid(property);
    }
    return value;
  }

  static Duration notNegative(Duration value, String property) {
    if (value.isNegative()) {
      throw invalid(property);
    }
    return value;
  }

  static int maxAttempts(int value) {
    if (value < 1 || value > 10) {
      throw invalid("ocrkit.retry.max-attempts");
    }
    return value;
  }

  static double threshold(double value) {
    if (!(value >= 0 && value <= 1)) {
      throw invalid("ocrkit.validation.confidence-threshold");
    }
    return value;
  }

  static String crypto(String value) {
    String name = text(value, "ocrkit.crypto").toLowerCase(Locale.ROOT);
    if (!name.equals("jca") && !name.equals("bouncycastle")) {
      throw invalid("ocrkit.crypto");
    }
    return name;
  }
}
