package io.ocrkit.http.internal.wire;

import jakarta.json.bind.annotation.JsonbProperty;

/** {@code result} of the authenticity operation. */
public final class AuthenticityDto {
  @JsonbProperty("isAuthenticity")
  private Boolean isAuthenticity;
  public Boolean isAuthenticity() { return isAuthenticity; }
}
