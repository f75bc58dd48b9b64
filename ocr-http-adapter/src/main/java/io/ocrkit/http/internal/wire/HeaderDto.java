package io.ocrkit.http.internal.wire;

import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;

/** {@code header}. Named explicitly: a bean named {@code isSuccessful} may bind as {@code successful}. */
public final class HeaderDto {
  @JsonbProperty("isSuccessful")
  private Boolean isSuccessful;
  public Boolean isSuccessful() { return isSuccessful; }

  /** A number as sent: bound to {@code Integer}, JSON-B would wrap 4000000000 and truncate 1.5. */
  @JsonbProperty("resultCode")
  private BigDecimal resultCode;
  public BigDecimal resultCode() { return resultCode; }

  @JsonbProperty("resultMessage")
  private String resultMessage;
  public String resultMessage() { return resultMessage; }
}
