package io.ocrkit.http.internal.wire;

import jakarta.json.bind.annotation.JsonbProperty;

/** One of {@code keyValues}. */
public final class KeyValueDto {
  @JsonbProperty("key") private String key;
  public String key() { return key; }
  @JsonbProperty("value") private String value;
  public String value() { return value; }
  @JsonbProperty("conf") private Double conf;
  public Double conf() { return conf; }
  @JsonbProperty("bbox") private BoxDto bbox;
  public BoxDto bbox() { return bbox; }
}
