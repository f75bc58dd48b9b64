package io.ocrkit.http.internal.wire;

import jakarta.json.bind.annotation.JsonbProperty;

/** {@code result} of the public-key operation. */
public final class PublicKeyDto {
  @JsonbProperty("key")
  public String key;

  /** A string in the protocol; numbers are read as their text too. */
  @JsonbProperty("version")
  public String version;
}
