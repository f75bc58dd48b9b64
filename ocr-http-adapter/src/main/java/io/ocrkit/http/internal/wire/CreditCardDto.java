package io.ocrkit.http.internal.wire;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/** {@code result} of the credit-card operation. */
public final class CreditCardDto {
  @JsonbProperty("fileType") private String fileType;
  public String fileType() { return fileType; }
  @JsonbProperty("resolution") private String resolution;
  public String resolution() { return resolution; }
  @JsonbProperty("cardNums") private List<ConfValueDto> cardNums;
  public List<ConfValueDto> cardNums() { return cardNums; }
  @JsonbProperty("totalCardNum") private String totalCardNum;
  public String totalCardNum() { return totalCardNum; }
  @JsonbProperty("cardNumBoxes") private List<BoxDto> cardNumBoxes;
  public List<BoxDto> cardNumBoxes() { return cardNumBoxes; }
  @JsonbProperty("validThru") private ConfValueDto validThru;
  public ConfValueDto validThru() { return validThru; }
  @JsonbProperty("validThruBox") private BoxDto validThruBox;
  public BoxDto validThruBox() { return validThruBox; }
}
