package io.ocrkit.http.internal.wire;

import jakarta.json.bind.annotation.JsonbProperty;

/** {@code header}. Named explicitly: a bean named {@code isSuccessful} may bind as {@code successful}. */
public final class HeaderDto {
  @JsonbProperty("isSuccessful")
  public Boolean isSuccessful;

  @JsonbProperty("resultCode")
  public Integer resultCode;

  @JsonbProperty("resultMessage")
  public String resultMessage;
}
