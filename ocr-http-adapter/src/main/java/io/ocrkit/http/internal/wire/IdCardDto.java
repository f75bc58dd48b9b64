package io.ocrkit.http.internal.wire;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/** {@code result} of the ID-card operations. */
public final class IdCardDto {
  @JsonbProperty("fileType") private String fileType;
  public String fileType() { return fileType; }
  @JsonbProperty("resolution") private String resolution;
  public String resolution() { return resolution; }
  @JsonbProperty("idType") private String idType;
  public String idType() { return idType; }
  @JsonbProperty("keyValues") private List<KeyValueDto> keyValues;
  public List<KeyValueDto> keyValues() { return keyValues; }
  @JsonbProperty("boxes") private List<BoxDto> boxes;
  public List<BoxDto> boxes() { return boxes; }
}
