package io.ocrkit.http.internal.wire;

import jakarta.json.bind.annotation.JsonbProperty;

/** {@code {x1,y1,...,x4,y4}}; boxed so a missing corner is seen, not read as 0. */
public final class BoxDto {
  @JsonbProperty("x1") private Integer x1;
  public Integer x1() { return x1; }
  @JsonbProperty("y1") private Integer y1;
  public Integer y1() { return y1; }
  @JsonbProperty("x2") private Integer x2;
  public Integer x2() { return x2; }
  @JsonbProperty("y2") private Integer y2;
  public Integer y2() { return y2; }
  @JsonbProperty("x3") private Integer x3;
  public Integer x3() { return x3; }
  @JsonbProperty("y3") private Integer y3;
  public Integer y3() { return y3; }
  @JsonbProperty("x4") private Integer x4;
  public Integer x4() { return x4; }
  @JsonbProperty("y4") private Integer y4;
  public Integer y4() { return y4; }
}
