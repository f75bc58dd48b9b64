package io.ocrkit.spring.boot.actuate;

import java.util.Locale;
import java.util.Set;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Hides the {@code ocrkit} credentials in {@code /actuator/env} and {@code /actuator/configprops}
 * even with {@code show-values: always}: Boot masks nothing by key name since 3.0. Matches every
 * spelling of the keys (kebab case, camel case, environment variables) by their last segment, and
 * in {@code configprops} the bare field names, so it also masks such names of other libraries:
 * masking too much is the safe side.
 */
public class OcrSecretsSanitizer implements SanitizingFunction {

  private static final Set<String> TAILS = Set.of("secretkey", "secretaccesskey", "appkey", "useraccesskeyid");

  @Override
  public SanitizableData apply(SanitizableData data) {
    String key = data.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
    String tail = key.substring(key.lastIndexOf('.') + 1);
    return TAILS.stream().anyMatch(tail::endsWith) ? data.withSanitizedValue() : data;
  }
}
