package io.ocrkit.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/** Names and tags the observation of one OCR call; implement it to rename or add tags. */
public interface OcrObservationConvention extends ObservationConvention<OcrRequestContext> {

  @Override
  default boolean supportsContext(Observation.Context context) {
    return context instanceof OcrRequestContext;
  }
}
