package io.ocrkit.http.internal.wire;

import jakarta.json.bind.annotation.JsonbProperty;

/** {@code {value, conf}}. */
public final class ConfValueDto {
  @JsonbProperty("value")
  private String value;
  public String value() { return value; }

  @JsonbProperty("conf")
  private Double conf;
  public Double conf() { return conf; }
}
