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
  void a_group_read_below_the_default_threshold_is_a_warning_named_by_its_index() {
    List<Finding> findings = Results.check(StandardValidator.create(CLOCK), card(0.49, 0.9));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.LOW_CONFIDENCE);
      assertThat(f.field()).isEqualTo("cardNums[2]");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
    });
  }

  @Test
  void an_expiry_read_below_the_threshold_is_a_finding() {
    List<Finding> findings = Results.check(StandardValidator.create(CLOCK), card(0.9, 0.1));
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("validThru"));
  }

  @Test
  void a_reading_exactly_at_the_threshold_is_no_finding() {
    assertThat(Results.check(StandardValidator.create(CLOCK), card(0.5, 0.5))).isEmpty();
  }

  @Test
  void the_threshold_is_configurable() {
    assertThat(Results.check(StandardValidator.create(CLOCK, 0.95), card(0.9, 0.99))).hasSize(4);
    assertThat(Results.check(StandardValidator.create(CLOCK, 0.0), card(0.0, 0.0))).isEmpty();
  }

  @Test
  void an_id_field_read_below_the_threshold_is_named_by_its_key() {
    List<Finding> findings = Results.check(StandardValidator.create(CLOCK), resident(0.2));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.LOW_CONFIDENCE);
      assertThat(f.field()).isEqualTo("residentNumber");
    });
  }

  @Test
  void the_default_threshold_is_one_half() {
    assertThat(StandardValidator.create().threshold()).isEqualTo(0.5);
  }

  @Test
  void a_threshold_outside_zero_to_one_is_refused() {
    assertThatThrownBy(() -> StandardValidator.create(CLOCK, 1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StandardValidator.create(CLOCK, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
