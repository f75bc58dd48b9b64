package io.ocrkit.http.internal.wire;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/** {@code result} of the ID-card operations. */
public final class IdCardDto {
  @JsonbProperty("fileType") public String fileType;
  @JsonbProperty("resolution") public String resolution;
  @JsonbProperty("idType") public String idType;
  @JsonbProperty("keyValues") public List<KeyValueDto> keyValues;
  @JsonbProperty("boxes") public List<BoxDto> boxes;
}
