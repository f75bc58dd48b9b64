package io.ocrkit.micrometer;

import io.micrometer.observation.ObservationRegistry;
import io.ocrkit.http.OcrEventListener;
import java.util.Objects;

/**
 * The entry point: {@code OcrClient.builder().eventListener(OcrObservations.listener(registry))}.
 *
 * <p>Each call of the client (a scan, an authenticity check, a public key asked for on its own),
 * sync or async, becomes one observation named {@value DefaultOcrObservationConvention#NAME},
 * its retries, re-seals, key fetches and token requests included, with low-cardinality tags only
 * (see {@link OcrTags}): {@code retried} is true when the call took more than one attempt. Each
 * answer asking for a re-seal under a fresh key ({@code 4000301}) and each throttled answer
 * ({@code 4000006}) in a call is also signalled, as the call stops, as the events
 * {@link OcrTags#RESEAL} and {@link OcrTags#THROTTLED}, which Micrometer's default meter handler
 * counts as {@code ocrkit.client.requests.reseal} and {@code ocrkit.client.requests.throttled},
 * with the call's tags.
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
