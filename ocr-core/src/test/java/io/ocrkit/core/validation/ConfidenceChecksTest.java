package io.ocrkit.core.validation;

import static io.ocrkit.core.validation.Results.CLOCK;
import static io.ocrkit.core.validation.Results.RRN;
import static io.ocrkit.core.validation.Results.VISA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.CardExpiry;
import io.ocrkit.core.model.CardNumber;
import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.FileType;
import io.ocrkit.core.model.Finding;
import io.ocrkit.core.model.Finding.Severity;
import io.ocrkit.core.model.IdCard;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.IdType;
import io.ocrkit.core.model.KeyValues;
import io.ocrkit.core.model.Recognized;
import io.ocrkit.core.model.Resolution;
import io.ocrkit.core.model.SensitiveText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfidenceChecksTest {

  private static CreditCard card(double groupConfidence, double expiryConfidence) {
    List<Recognized<SensitiveText>> groups = List.of(
        new Recognized<>(SensitiveText.of("4111"), 0.9), new Recognized<>(SensitiveText.of("1111"), 0.9),
        new Recognized<>(SensitiveText.of("1111"), groupConfidence), new Recognized<>(SensitiveText.of("1111"), 0.9));
    return new CreditCard(FileType.PNG, Resolution.NORMAL, groups, Optional.of(CardNumber.of(VISA)), List.of(),
        Optional.of(new Recognized<>(CardExpiry.of("12/27"), expiryConfidence)), null, List.of());
  }

  private static IdCardScan resident(double numberConfidence) {
    Map<String, Recognized<SensitiveText>> values = new LinkedHashMap<>();
    values.put("name", new Recognized<>(SensitiveText.of("홍길동"), 0.9));
    values.put("residentNumber", new Recognized<>(SensitiveText.of(RRN), numberConfidence));
    values.put("issueDate", new Recognized<>(SensitiveText.of("2019.03.15"), 0.9));
    return new IdCardScan(FileType.JPG, Resolution.NORMAL, IdCard.of(IdType.RESIDENT, KeyValues.of(values)),
        List.of(), Optional.empty(), List.of());
  }

  @Test
  void aGroupReadBelowTheDefaultThresholdIsAWarningNamedByItsIndex() {
    List<Finding> findings = Results.check(StandardValidator.create(CLOCK), card(0.49, 0.9));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.LOW_CONFIDENCE);
      assertThat(f.field()).isEqualTo("cardNums[2]");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
    });
  }

  @Test
  void anExpiryReadBelowTheThresholdIsAFinding() {
    List<Finding> findings = Results.check(StandardValidator.create(CLOCK), card(0.9, 0.1));
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("validThru"));
  }

  @Test
  void aReadingExactlyAtTheThresholdIsNoFinding() {
    assertThat(Results.check(StandardValidator.create(CLOCK), card(0.5, 0.5))).isEmpty();
  }

  @Test
  void theThresholdIsConfigurable() {
    assertThat(Results.check(StandardValidator.create(CLOCK, 0.95), card(0.9, 0.99))).hasSize(4);
    assertThat(Results.check(StandardValidator.create(CLOCK, 0.0), card(0.0, 0.0))).isEmpty();
  }

  @Test
  void anIdFieldReadBelowTheThresholdIsNamedByItsKey() {
    List<Finding> findings = Results.check(StandardValidator.create(CLOCK), resident(0.2));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.LOW_CONFIDENCE);
      assertThat(f.field()).isEqualTo("residentNumber");
    });
  }

  @Test
  void theDefaultThresholdIsOneHalf() {
    assertThat(StandardValidator.create().threshold()).isEqualTo(0.5);
  }

  @Test
  void aThresholdOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> StandardValidator.create(CLOCK, 1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StandardValidator.create(CLOCK, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
