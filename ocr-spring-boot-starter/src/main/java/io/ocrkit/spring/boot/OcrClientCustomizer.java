package io.ocrkit.spring.boot;

import io.ocrkit.http.OcrClientBuilder;

/** A bean of this type adjusts the auto-configured client's builder after the properties. */
@FunctionalInterface
public interface OcrClientCustomizer {

  void customize(OcrClientBuilder builder);
}
