package io.ocrkit.http.internal.wire;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/** {@code result} of the credit-card operation. */
public final class CreditCardDto {
  @JsonbProperty("fileType") public String fileType;
  @JsonbProperty("resolution") public String resolution;
  @JsonbProperty("cardNums") public List<ConfValueDto> cardNums;
  @JsonbProperty("totalCardNum") public String totalCardNum;
  @JsonbProperty("cardNumBoxes") public List<BoxDto> cardNumBoxes;
  @JsonbProperty("validThru") public ConfValueDto validThru;
  @JsonbProperty("validThruBox") public BoxDto validThruBox;
}
