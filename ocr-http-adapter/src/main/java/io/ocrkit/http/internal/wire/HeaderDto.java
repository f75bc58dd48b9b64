package io.ocrkit.http.internal.wire;

import jakarta.json.bind.annotation.JsonbProperty;

/** {@code header}. Named explicitly: a bean named {@code isSuccessful} may bind as {@code successful}. */
public final class HeaderDto {
  @JsonbProperty("isSuccessful")
  private Boolean isSuccessful;
  public Boolean isSuccessful() { return isSuccessful; }

  @JsonbProperty("resultCode")
  private Integer resultCode;
  public Integer resultCode() { return resultCode; }

  @JsonbProperty("resultMessage")
  private String resultMessage;
  public String resultMessage() { return resultMessage; }
}
