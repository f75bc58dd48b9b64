package io.ocrkit.http.internal.wire;

import jakarta.json.bind.annotation.JsonbProperty;

/** {@code result} of the public-key operation. */
public final class PublicKeyDto {
  @JsonbProperty("key")
  private String key;
  public String key() { return key; }

  /** A string in the protocol; numbers are read as their text too. */
  @JsonbProperty("version")
  private String version;
  public String version() { return version; }
}
