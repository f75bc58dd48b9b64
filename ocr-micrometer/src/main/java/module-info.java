/**
 * Micrometer Observation instrumentation of {@code io.ocrkit.http.OcrClient}, through its
 * {@link io.ocrkit.http.OcrEventListener} seam: {@link io.ocrkit.micrometer.OcrObservations}.
 */
module io.ocrkit.micrometer {
  requires transitive io.ocrkit.http;
  requires transitive micrometer.observation;
  requires transitive micrometer.commons; // KeyValues, in the convention's API

  exports io.ocrkit.micrometer;
}
