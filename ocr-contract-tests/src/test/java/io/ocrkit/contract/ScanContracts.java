package io.ocrkit.contract;

import static io.ocrkit.contract.Support.assertConfidence;
import static io.ocrkit.contract.Support.assertQuadrilateral;
import static io.ocrkit.contract.Support.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.contract.Contract.Via;
import io.ocrkit.contract.targets.ContractTarget;
import io.ocrkit.contract.targets.Sample;
import io.ocrkit.contract.targets.SampleKind;
import io.ocrkit.contract.wire.Answer;
import io.ocrkit.contract.wire.HandEnvelope;
import io.ocrkit.contract.wire.WireClient;
import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.DriverLicense;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.IdType;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.Passport;
import io.ocrkit.core.model.ResidentCard;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.http.OcrClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

/**
 * docs/protocol.md, "Operations", "Credit card answer", "ID card answer": each scan answers its shape,
 * with the fields it marks encrypted under the request's own key and IV = key[0..16).
 */
@DisplayName("Scans and the encryption of their answers")
class ScanContracts {

  // ---- credit card ----

  @Contract(id = "scan.credit-card", via = Via.WIRE_JDK)
  @DisplayName("a credit-card scan answers its shape, card number and expiry encrypted under the request's key")
  void credit_card_answers_its_shape_encrypted_under_the_request_key(ContractTarget target) {
    creditCardOnTheWire(target, Via.WIRE_JDK);
  }

  @Contract(id = "scan.credit-card", via = Via.WIRE_OPENSSL)
  @DisplayName("a credit-card scan sealed by openssl answers fields that openssl decrypts")
  void credit_card_sealed_by_openssl_answers_fields_openssl_decrypts(ContractTarget target) {
    creditCardOnTheWire(target, Via.WIRE_OPENSSL);
  }

  @Contract(id = "scan.credit-card", via = Via.SDK)
  @DisplayName("the SDK reads a credit card: type, resolution, number groups and whole number")
  void the_sdk_reads_a_credit_card(ContractTarget target) {
    Sample sample = Support.sample(target, SampleKind.CREDIT_CARD);
    try (OcrClient client = Support.sdk(target)) {
      CreditCard card = client.scanCreditCard(ImageSource.of(sample.bytes()));

      assertThat(card.fileType()).isEqualTo(sample.type());
      assertThat(card.numberGroups()).isNotEmpty();
      assertThat(card.number()).isPresent();
      assertThat(card.number().get().digits()).hasSizeBetween(12, 19);
      Fixtures.expected(target, SampleKind.CREDIT_CARD).ifPresent(fixture -> {
        assertThat(card.number().get().digits()).isEqualTo(Support.digits(fixture.getString("totalCardNum")));
        assertThat(card.numberGroups()).extracting(g -> g.value().reveal()).isEqualTo(Fixtures.cardNums(fixture));
        assertThat(card.validThru()).hasValueSatisfying(v ->
            assertThat(v.value().reveal()).isEqualTo(fixture.getJsonObject("validThru").getString("value")));
      });
    }
  }

  private static void creditCardOnTheWire(ContractTarget target, Via via) {
    Sample sample = Support.sample(target, SampleKind.CREDIT_CARD);
    WireClient wire = new WireClient(target);
    try (HandEnvelope envelope = Support.envelope(via, wire.serviceKey(KeyService.CREDIT_CARD))) {
      Answer answer = wire.request(Operation.CREDIT_CARD).envelope(envelope)
          .multipart(envelope.encrypt(sample.bytes()), sample.fileName());

      assertSuccess(answer);
      assertThat(answer.requestKey()).as("a credit-card scan answers no Request-Key").isEmpty();
      JsonObject result = answer.result();
      assertThat(result.getString("fileType")).isEqualTo(sample.type().wireName());
      assertThat(result.getString("resolution")).isIn("normal", "low");
      List<JsonObject> groups = result.getJsonArray("cardNums").getValuesAs(JsonObject.class);
      assertThat(groups).as("cardNums").isNotEmpty();
      List<String> numbers = new ArrayList<>();
      for (JsonObject group : groups) {
        String number = envelope.decryptField(group.getString("value"));
        assertThat(number).as("a decrypted cardNums value").matches("[0-9 *-]+");
        numbers.add(number);
        assertConfidence(group, "cardNums[]");
      }
      String totalCardNum = envelope.decryptField(result.getString("totalCardNum"));
      assertThat(Support.digits(totalCardNum)).as("decrypted totalCardNum").hasSizeBetween(12, 19);
      result.getJsonArray("cardNumBoxes").forEach(box -> assertQuadrilateral(box, "cardNumBoxes[]"));
      JsonObject validThru = result.getJsonObject("validThru");
      String expiry = envelope.decryptField(validThru.getString("value"));
      assertThat(expiry).as("decrypted validThru").matches("\\d{2}/\\d{2}");
      Fixtures.expected(target, SampleKind.CREDIT_CARD).ifPresent(fixture -> {
        assertThat(numbers).as("decrypted cardNums, against the mock's fixture").isEqualTo(Fixtures.cardNums(fixture));
        assertThat(totalCardNum).as("decrypted totalCardNum, against the mock's fixture")
            .isEqualTo(fixture.getString("totalCardNum"));
        assertThat(expiry).as("decrypted validThru, against the mock's fixture")
            .isEqualTo(fixture.getJsonObject("validThru").getString("value"));
      });
      assertConfidence(validThru, "validThru");
      assertQuadrilateral(result.get("validThruBox"), "validThruBox");
    }
  }

  // ---- ID card ----

  @Contract(id = "scan.id-card", via = Via.WIRE_JDK)
  @DisplayName("an ID-card scan answers its shape, key values encrypted under the request's key")
  void id_card_answers_its_shape_encrypted_under_the_request_key(ContractTarget target) {
    Answer answer = idCardOnTheWire(target, Via.WIRE_JDK, Operation.ID_CARD, SampleKind.RESIDENT);
    assertThat(answer.requestKey()).as("Request-Key response header").hasValueSatisfying(k -> assertThat(k).isNotBlank());
  }

  @Contract(id = "scan.id-card", via = Via.WIRE_OPENSSL)
  @DisplayName("an ID-card scan sealed by openssl answers key values that openssl decrypts")
  void id_card_sealed_by_openssl_answers_values_openssl_decrypts(ContractTarget target) {
    idCardOnTheWire(target, Via.WIRE_OPENSSL, Operation.ID_CARD, SampleKind.RESIDENT);
  }

  @Contract(id = "scan.id-card.stand-alone", via = Via.WIRE_JDK)
  @DisplayName("a stand-alone ID-card scan answers the same shape and no Request-Key")
  void stand_alone_answers_the_same_shape_and_no_request_key(ContractTarget target) {
    Answer answer = idCardOnTheWire(target, Via.WIRE_JDK, Operation.ID_CARD_STAND_ALONE, SampleKind.RESIDENT);
    assertThat(answer.requestKey()).as("Request-Key of a stand-alone scan").isEmpty();
  }

  @Contract(id = "scan.id-card.stand-alone", via = Via.WIRE_OPENSSL)
  @DisplayName("a stand-alone ID-card scan sealed by openssl answers key values that openssl decrypts")
  void stand_alone_sealed_by_openssl_answers_values_openssl_decrypts(ContractTarget target) {
    idCardOnTheWire(target, Via.WIRE_OPENSSL, Operation.ID_CARD_STAND_ALONE, SampleKind.DRIVER);
  }

  @Contract(id = "scan.id-card", via = Via.SDK)
  @DisplayName("the SDK reads a resident card: name and resident number, with a Request-Key")
  void the_sdk_reads_a_resident_card(ContractTarget target) {
    Sample sample = Support.sample(target, SampleKind.RESIDENT);
    try (OcrClient client = Support.sdk(target)) {
      IdCardScan scan = client.scanIdCard(ImageSource.of(sample.bytes()));

      assertThat(scan.idType()).isEqualTo(IdType.RESIDENT);
      ResidentCard card = (ResidentCard) scan.card();
      assertThat(card.name()).isPresent();
      assertThat(card.residentNumber()).isPresent();
      assertThat(scan.requestKey()).isPresent();
      assertReadAsTheFixture(target, SampleKind.RESIDENT, scan);
    }
  }

  @Contract(id = "scan.id-card", via = Via.SDK)
  @DisplayName("the SDK reads a driver's licence: licence number and name")
  void the_sdk_reads_a_drivers_licence(ContractTarget target) {
    Sample sample = Support.sample(target, SampleKind.DRIVER);
    try (OcrClient client = Support.sdk(target)) {
      IdCardScan scan = client.scanIdCard(ImageSource.of(sample.bytes()));

      assertThat(scan.idType()).isEqualTo(IdType.DRIVER);
      DriverLicense card = (DriverLicense) scan.card();
      assertThat(card.driverLicenseNumber()).isPresent();
      assertThat(card.name()).isPresent();
      assertReadAsTheFixture(target, SampleKind.DRIVER, scan);
    }
  }

  @Contract(id = "scan.id-card", via = Via.SDK)
  @DisplayName("the SDK reads a passport: number, names and the machine-readable zone")
  void the_sdk_reads_a_passport(ContractTarget target) {
    Sample sample = Support.sample(target, SampleKind.PASSPORT);
    try (OcrClient client = Support.sdk(target)) {
      IdCardScan scan = client.scanIdCard(ImageSource.of(sample.bytes()));

      assertThat(scan.idType()).isEqualTo(IdType.PASSPORT);
      Passport card = (Passport) scan.card();
      assertThat(card.passportNo()).isPresent();
      assertThat(card.surName()).isPresent();
      assertThat(card.mrz1()).isPresent();
      assertReadAsTheFixture(target, SampleKind.PASSPORT, scan);
    }
  }

  @Contract(id = "scan.id-card.stand-alone", via = Via.SDK)
  @DisplayName("the SDK's stand-alone scan reads the card and holds no Request-Key")
  void the_sdks_stand_alone_scan_holds_no_request_key(ContractTarget target) {
    Sample sample = Support.sample(target, SampleKind.RESIDENT);
    try (OcrClient client = Support.sdk(target)) {
      IdCardScan scan = client.scanIdCardStandAlone(ImageSource.of(sample.bytes()));

      assertThat(scan.idType()).isEqualTo(IdType.RESIDENT);
      assertThat(scan.requestKey()).isEmpty();
    }
  }

  /** On the mock, every key value the SDK decrypted is the fixture's plain value. */
  private static void assertReadAsTheFixture(ContractTarget target, SampleKind kind, IdCardScan scan) {
    Fixtures.expected(target, kind).ifPresent(fixture -> {
      Map<String, String> read = new LinkedHashMap<>();
      scan.card().keyValues().asMap().forEach((key, reading) -> read.put(key, reading.value().reveal()));
      assertThat(read).as("key values the SDK read, against the mock's fixture").isEqualTo(Fixtures.keyValues(fixture));
    });
  }

  private static Answer idCardOnTheWire(ContractTarget target, Via via, Operation operation, SampleKind kind) {
    Sample sample = Support.sample(target, kind);
    WireClient wire = new WireClient(target);
    try (HandEnvelope envelope = Support.envelope(via, wire.serviceKey(KeyService.ID_CARD))) {
      Answer answer = wire.request(operation).envelope(envelope)
          .multipart(envelope.encrypt(sample.bytes()), sample.fileName());

      assertSuccess(answer);
      JsonObject result = answer.result();
      assertThat(result.getString("fileType")).isEqualTo(sample.type().wireName());
      assertThat(result.getString("resolution")).isIn("normal", "low");
      String idType = kind == SampleKind.DRIVER ? "driver" : "resident";
      assertThat(result.getString("idType")).isEqualTo(idType);
      List<JsonObject> keyValues = result.getJsonArray("keyValues").getValuesAs(JsonObject.class);
      assertThat(keyValues).as("keyValues").isNotEmpty();
      Map<String, String> decrypted = new LinkedHashMap<>();
      for (JsonObject reading : keyValues) {
        assertThat(reading.getString("key")).isNotBlank();
        String value = envelope.decryptField(reading.getString("value"));
        assertThat(value).as("decrypted value of " + reading.getString("key")).isNotBlank();
        decrypted.putIfAbsent(reading.getString("key"), value);
        assertConfidence(reading, "keyValues[" + reading.getString("key") + "]");
        if (reading.containsKey("bbox") && reading.get("bbox") != JsonValue.NULL) {
          assertQuadrilateral(reading.get("bbox"), "keyValues[].bbox");
        }
      }
      assertThat(keyValues.stream().map(r -> r.getString("key")))
          .as("keys read from a " + idType + " card")
          .contains(idType.equals("driver") ? "driverLicenseNumber" : "residentNumber", "name");
      result.getJsonArray("boxes").forEach(box -> assertQuadrilateral(box, "boxes[]"));
      Fixtures.expected(target, kind).ifPresent(fixture -> assertThat(decrypted)
          .as("decrypted key values, against the mock's fixture").isEqualTo(Fixtures.keyValues(fixture)));
      return answer;
    }
  }
}
