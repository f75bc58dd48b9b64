package io.ocrkit.spring.boot;

import io.ocrkit.http.OcrClientBuilder;

/** A bean of this type adjusts the auto-configured client's builder after the properties. */
@FunctionalInterface
public interface OcrClientCustomizer {

  /**
   * Changes the builder; called once, in bean order, after every property is applied.
   *
   * @param builder the auto-configured client's builder
   */
  void customize(OcrClientBuilder builder);
}
