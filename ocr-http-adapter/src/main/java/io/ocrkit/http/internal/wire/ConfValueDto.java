package io.ocrkit.http.internal.wire;

import jakarta.json.bind.annotation.JsonbProperty;

/** {@code {value, conf}}. */
public final class ConfValueDto {
  @JsonbProperty("value")
  public String value;

  @JsonbProperty("conf")
  public Double conf;
}
