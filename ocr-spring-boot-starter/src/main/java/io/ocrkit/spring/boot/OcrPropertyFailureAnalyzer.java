package io.ocrkit.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The startup report for a bad {@code ocrkit.*} value: which property, what it accepts, no value. */
class OcrPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidOcrPropertyException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidOcrPropertyException cause) {
    return new FailureAnalysis(
        "The OCR client could not be configured: property '" + cause.property() + "' is missing or invalid.",
        "Set '" + cause.property() + "' to " + cause.accepts() + ".", cause);
  }
}
