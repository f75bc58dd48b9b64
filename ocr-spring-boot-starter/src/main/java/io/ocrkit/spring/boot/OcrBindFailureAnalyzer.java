package io.ocrkit.spring.boot;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A value Boot could not convert (a {@code Duration} of {@code "ten"}) under {@code ocrkit.*}:
 * says what the property accepts. Runs before Boot's own analyzer, which would also print the
 * value; only non-secret properties can fail to convert (the secrets are plain strings).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class OcrBindFailureAnalyzer extends AbstractFailureAnalyzer<BindException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
    String name = cause.getName().toString();
    if (!name.startsWith(OcrProperties.PREFIX + ".")) {
      return null;
    }
    return new FailureAnalysis("Property '" + name + "' could not be read as the type it needs.",
        "Set '" + name + "' to " + OcrPropertyRules.accepts(name) + ".", cause);
  }
}
