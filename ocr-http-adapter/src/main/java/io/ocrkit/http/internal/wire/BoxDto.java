package io.ocrkit.http.internal.wire;

import jakarta.json.bind.annotation.JsonbProperty;

/** {@code {x1,y1,...,x4,y4}}; boxed so a missing corner is seen, not read as 0. */
public final class BoxDto {
  @JsonbProperty("x1") public Integer x1;
  @JsonbProperty("y1") public Integer y1;
  @JsonbProperty("x2") public Integer x2;
  @JsonbProperty("y2") public Integer y2;
  @JsonbProperty("x3") public Integer x3;
  @JsonbProperty("y3") public Integer y3;
  @JsonbProperty("x4") public Integer x4;
  @JsonbProperty("y4") public Integer y4;
}
