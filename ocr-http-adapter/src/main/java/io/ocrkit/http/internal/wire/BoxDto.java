package io.ocrkit.http.internal.wire;

import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;

/**
 * {@code {x1,y1,...,x4,y4}}; boxed so a missing corner is seen, not read as 0, and numbers as sent
 * so a fraction or an overflow is seen too (JSON-B would truncate or wrap them into an {@code Integer}).
 */
public final class BoxDto {
  @JsonbProperty("x1") private BigDecimal x1;
  public BigDecimal x1() { return x1; }
  @JsonbProperty("y1") private BigDecimal y1;
  public BigDecimal y1() { return y1; }
  @JsonbProperty("x2") private BigDecimal x2;
  public BigDecimal x2() { return x2; }
  @JsonbProperty("y2") private BigDecimal y2;
  public BigDecimal y2() { return y2; }
  @JsonbProperty("x3") private BigDecimal x3;
  public BigDecimal x3() { return x3; }
  @JsonbProperty("y3") private BigDecimal y3;
  public BigDecimal y3() { return y3; }
  @JsonbProperty("x4") private BigDecimal x4;
  public BigDecimal x4() { return x4; }
  @JsonbProperty("y4") private BigDecimal y4;
  public BigDecimal y4() { return y4; }
}
