package io.ocrkit.core.service;

import static io.ocrkit.core.testing.FakeTransport.refused;
import static io.ocrkit.core.testing.FakeTransport.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.AuthenticityRequest;
import io.ocrkit.core.model.CardNumber;
import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.FileType;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.IdType;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.Recognized;
import io.ocrkit.core.model.RequestKey;
import io.ocrkit.core.model.Resolution;
import io.ocrkit.core.model.ResidentCard;
import io.ocrkit.core.model.SensitiveText;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.port.out.Wire;
import io.ocrkit.core.testing.FakeEnvelopeCrypto;
import io.ocrkit.core.testing.FakeTransport;
import io.ocrkit.core.testing.Images;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the service sends inside the envelope and how it reads the answer. */
class OcrServiceAnswerTest {

  private final ServiceFixture f = new ServiceFixture();

  @Test
  void a_credit_card_answer_has_exactly_its_encrypted_fields_decrypted() {
    f.transport.onCreditCard(success(ServiceFixture::card));

    CreditCard card = f.service().scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(card.fileType()).isEqualTo(FileType.PNG);
    assertThat(card.resolution()).isEqualTo(Resolution.NORMAL);
    assertThat(card.numberGroups()).extracting(g -> g.value().reveal()).containsExactly("4111", "1111");
    assertThat(card.number()).map(CardNumber::reveal).hasValue("4111111111111111");
    assertThat(card.validThru()).map(v -> v.value().reveal()).hasValue("04/29");
    assertThat(card.numberBoxes()).hasSize(2);
    // two groups, the whole number and validThru: four fields, no more
    assertThat(f.crypto.sealed().get(0).decryptedFields()).isEqualTo(4);
  }

  @Test
  void an_id_card_answer_has_every_key_value_decrypted_and_its_keys_kept_in_order() {
    f.transport.onIdCard(success(ServiceFixture::residentCard, "rk-0123456789"));

    IdCardScan scan = f.service().scanIdCard(ImageSource.of(Images.jpg(100)));

    assertThat(scan.idType()).isEqualTo(IdType.RESIDENT);
    ResidentCard card = (ResidentCard) scan.card();
    assertThat(card.keyValues().keys()).containsExactly("name", "residentNumber", "issueDate", "issuer");
    assertThat(card.name()).map(r -> r.value().reveal()).hasValue("홍길동");
    assertThat(card.residentNumber()).map(r -> r.value().reveal()).hasValue("900101-1234567");
    assertThat(card.issuer()).map(Recognized::value).hasValue("서울특별시 종로구청장");
    assertThat(f.crypto.sealed().get(0).decryptedFields()).isEqualTo(4);
  }

  @Test
  void the_upload_carries_the_image_encrypted_with_its_declared_length_and_file_type() {
    f.transport.onCreditCard(success(ServiceFixture::card));
    byte[] image = Images.jpg(1000);

    f.service().scanCreditCard(ImageSource.of(image));

    FakeTransport.Call call = f.transport.calls().get(0);
    assertThat(call.fileType()).isEqualTo(FileType.JPG);
    assertThat(call.plaintext()).isEqualTo(image);
    assertThat(call.ciphertext()).isNotEqualTo(image).hasSize((int) Envelope.ciphertextLength(image.length));
    assertThat(call.declaredLength()).isEqualTo(call.ciphertext().length);
  }

  @Test
  void an_authenticity_request_encrypts_every_field_but_id_type() {
    f.transport.onAuthenticity(success(call -> new Wire.Authenticity(true)));
    AuthenticityRequest driver =
        AuthenticityRequest.driver("홍길동", "900101-1234567", "11-23-123456-00", "A1B2C");

    f.service().verifyAuthenticity(RequestKey.of("rk-0123456789"), driver);

    FakeTransport.Call call = f.transport.calls().get(0);
    assertThat(call.openedBody()).containsExactly(
        Map.entry("idType", "driver"), Map.entry("name", "홍길동"), Map.entry("residentNumber", "9001011"),
        Map.entry("driverLicenseNumber", "112312345600"), Map.entry("serialNum", "A1B2C"));
    assertThat(call.sentBody()).containsEntry("idType", "driver");
    for (String encrypted : List.of("name", "residentNumber", "driverLicenseNumber", "serialNum")) {
      assertThat(call.sentBody().get(encrypted)).isNotEqualTo(call.openedBody().get(encrypted));
    }
    assertThat(call.requestKey()).isEqualTo("rk-0123456789");
  }

  @Test
  @SuppressWarnings("deprecation")
  void a_passport_authenticity_check_is_refused_before_sending_naming_its_withdrawal() {
    AuthenticityRequest passport =
        AuthenticityRequest.passport("홍길동", "M12345678", "19900101", "20200102", "20300101");
    RequestKey key = RequestKey.of("rk-0123456789");

    assertThatThrownBy(() -> f.service().verifyAuthenticity(key, passport))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("withdrawn").hasMessageContaining("2026-05-27")
        .hasMessageNotContaining("M12345678").hasMessageNotContaining("홍길동");
    assertThat(f.transport.calls()).isEmpty();
    assertThat(key.isSpent()).isFalse();
  }

  @Test
  void an_answer_field_that_does_not_decrypt_is_a_protocol_error() {
    FakeEnvelopeCrypto.FakeEnvelope stranger = FakeEnvelopeCrypto.envelopeWithKey(new byte[32]);
    f.transport.onCreditCard(success(call -> new Wire.CreditCard("png", "normal", List.of(),
        "!!not base64!!", List.of(), null, null)));
    f.transport.onCreditCard(success(call -> new Wire.CreditCard("png", "normal", List.of(),
        stranger.encryptField("4111111111111111"), List.of(), null, null)));
    OcrService service = f.service();

    assertThatThrownBy(() -> service.scanCreditCard(ImageSource.of(Images.png(100))))
        .isInstanceOf(OcrProtocolException.class);
    assertThatThrownBy(() -> service.scanCreditCard(ImageSource.of(Images.png(100))))
        .isInstanceOf(OcrProtocolException.class)
        .hasMessageNotContaining("4111");
  }

  @Test
  void a_success_without_a_result_is_a_protocol_error() {
    f.transport.onCreditCard(success(call -> null));

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(Images.png(100))))
        .isInstanceOf(OcrProtocolException.class)
        .hasMessageContaining("credit-card");
  }

  @Test
  void an_unknown_result_code_is_kept_in_the_exception() {
    f.transport.onCreditCard(refused(4009999));

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(Images.png(100))))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> {
          assertThat(e.resultCode()).isEqualTo(4009999);
          assertThat(e.resultKey()).isEqualTo("UNKNOWN_4009999");
          assertThat(e.code()).isEmpty();
          assertThat(e.retryable()).isFalse();
          assertThat(e.serviceMessage()).isEqualTo("fake refusal 4009999");
        });
  }

  @Test
  void a_known_refusal_carries_its_key_and_meaning() {
    f.transport.onCreditCard(refused(4000111));

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(Images.png(100))))
        .isInstanceOfSatisfying(OcrServiceException.class,
            e -> assertThat(e.resultKey()).isEqualTo("CREDIT_CARD_INFO_NOT_FOUND"))
        .hasMessageContaining("4000111").hasMessageContaining("no credit card");
  }

  @Test
  void an_async_scan_completes_with_the_same_result() throws Exception {
    f.transport.onCreditCard(success(ServiceFixture::card));

    CreditCard card = f.service().scanCreditCardAsync(ImageSource.of(Images.png(100))).get();

    assertThat(card.number()).map(CardNumber::reveal).hasValue("4111111111111111");
  }

  @Test
  void the_decrypted_values_print_masked() {
    f.transport.onCreditCard(success(ServiceFixture::card));

    CreditCard card = f.service().scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(card.toString()).doesNotContain("4111111111111111").doesNotContain("04/29");
    assertThat(card.numberGroups()).extracting(Recognized::value).extracting(SensitiveText::toString)
        .containsExactly("****", "****");
  }
}
