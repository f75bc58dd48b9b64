package io.ocrkit.micrometer;

import io.micrometer.observation.ObservationRegistry;
import io.ocrkit.http.OcrEventListener;
import java.util.Objects;

/**
 * The entry point: {@code OcrClient.builder().eventListener(OcrObservations.listener(registry))}.
 *
 * <p>Each HTTP exchange of the client (a scan, an authenticity check, a public-key fetch, a token
 * request, each retry on its own) becomes one observation named {@value
 * DefaultOcrObservationConvention#NAME}, with low-cardinality tags only (see {@link OcrTags}). A
 * re-seal under a fresh key ({@code 4000301}) and a throttled answer ({@code 4000006}) are also
 * signalled as the events {@link OcrTags#RESEAL} and {@link OcrTags#THROTTLED}, which Micrometer's
 * default meter handler counts as {@code ocrkit.client.requests.reseal} and
 * {@code ocrkit.client.requests.throttled}.
 */
public final class OcrObservations {

  private OcrObservations() {}

  /**
   * A listener reporting to {@code registry} with {@link DefaultOcrObservationConvention}.
   *
   * @param registry where observations go, e.g. Spring Boot's
   * @return a thread-safe listener to add to the client's builder
   * @throws NullPointerException if {@code registry} is null
   */
  public static OcrEventListener listener(ObservationRegistry registry) {
    return listener(registry, null);
  }

  /**
   * A listener reporting to {@code registry}; {@code convention} (may be null) overrides the
   * default names and tags, as Micrometer's custom conventions do.
   *
   * @param registry where observations go
   * @param convention the names and tags to use, or null for the default
   * @return a thread-safe listener to add to the client's builder
   * @throws NullPointerException if {@code registry} is null
   */
  public static OcrEventListener listener(ObservationRegistry registry, OcrObservationConvention convention) {
    return new ObservingListener(Objects.requireNonNull(registry, "registry == null"), convention);
  }
}
