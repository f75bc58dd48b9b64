package io.ocrkit.mock.internal.record;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.mock.internal.Json;
import java.util.Map;
import java.util.Objects;

/**
 * placeholder: replaced by the synth branch
 *
 * <p>Meant to replace every personal value of a recorded result by a synthetic one of the same
 * shape and check outcomes; this placeholder returns an unchanged deep copy.
 */
public final class Synthesizer {

  private Synthesizer() {}

  @SuppressWarnings("unchecked")
  public static Map<String, Object> substitute(KeyService service, Map<String, Object> plainResult) {
    Objects.requireNonNull(service, "service == null");
    return (Map<String, Object>) Json.deepCopy(Objects.requireNonNull(plainResult, "plainResult == null"));
  }
}
