package io.ocrkit.http.internal.wire;

import jakarta.json.bind.annotation.JsonbProperty;

/** One of {@code keyValues}. */
public final class KeyValueDto {
  @JsonbProperty("key") public String key;
  @JsonbProperty("value") public String value;
  @JsonbProperty("conf") public Double conf;
  @JsonbProperty("bbox") public BoxDto bbox;
}
