package io.ocrkit.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.CardNumber;
import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.port.out.Wire;
import io.ocrkit.core.protocol.EncryptedFields;
import io.ocrkit.core.protocol.FieldPath;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.testing.FakeEnvelopeCrypto;
import io.ocrkit.core.testing.FakeEnvelopeCrypto.FakeEnvelope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The SDK and the mock read one list of encrypted fields: the same paths find the same values in
 * a JSON tree (how the mock holds an answer) and in the wire records (how the SDK holds it), and
 * an answer sealed the mock's way is opened the SDK's way.
 */
class EncryptedFieldsAgreementTest {

  private final FakeEnvelope envelope = FakeEnvelopeCrypto.envelopeWithKey(new byte[] {3, 1, 4, 1, 5, 9, 2, 6});

  @Test
  void every_listed_path_finds_the_same_values_in_the_json_tree_and_in_the_wire_record() {
    Map<String, Object> cardJson = cardJson();
    Map<String, Object> idJson = idCardJson();

    for (FieldPath path : EncryptedFields.of(KeyService.CREDIT_CARD)) {
      assertThat(path.values(cardToWire(cardJson), WireRecords.MEMBERS)).as(path.toString())
          .isNotEmpty().isEqualTo(path.values(cardJson, FieldPath.Members.MAPS));
    }
    for (FieldPath path : EncryptedFields.of(KeyService.ID_CARD)) {
      assertThat(path.values(idCardToWire(idJson), WireRecords.MEMBERS)).as(path.toString())
          .isNotEmpty().isEqualTo(path.values(idJson, FieldPath.Members.MAPS));
    }
  }

  @Test
  void a_card_answer_sealed_the_mocks_way_is_read_in_plain_by_the_sdk() {
    Map<String, Object> sealed = cardJson();
    EncryptedFields.replaceIn(KeyService.CREDIT_CARD, sealed, envelope::encryptField);

    CreditCard card = AnswerReader.creditCard("credit-card", cardToWire(sealed), envelope);

    assertThat(card.numberGroups()).extracting(g -> g.value().reveal()).containsExactly("4111", "1111", "1111", "1111");
    assertThat(card.number()).map(CardNumber::reveal).hasValue("4111111111111111");
    assertThat(card.validThru()).map(v -> v.value().reveal()).hasValue("04/29");
    assertThat(envelope.decryptedFields()).isEqualTo(6);
  }

  @Test
  void an_id_card_answer_sealed_the_mocks_way_is_read_in_plain_by_the_sdk() {
    Map<String, Object> sealed = idCardJson();
    EncryptedFields.replaceIn(KeyService.ID_CARD, sealed, envelope::encryptField);

    IdCardScan scan = AnswerReader.idCard("id-card", idCardToWire(sealed), envelope, Optional.empty());

    assertThat(scan.card().keyValues().keys()).containsExactly("name", "residentNumber");
    assertThat(scan.card().keyValues().get("name")).map(r -> r.value().reveal()).hasValue("홍길동");
    assertThat(envelope.decryptedFields()).isEqualTo(2);
  }

  @Test
  void a_path_naming_a_member_the_wire_records_lack_fails_loudly() {
    assertThatThrownBy(() -> FieldPath.of("cardNumbers[].value").values(cardToWire(cardJson()), WireRecords.MEMBERS))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("cardNumbers");
  }

  // --- the answer as the mock holds it, and the transport's mapping of it, by hand ---

  private static Map<String, Object> cardJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("fileType", "png");
    json.put("resolution", "normal");
    List<Object> groups = new ArrayList<>();
    for (String group : List.of("4111", "1111", "1111", "1111")) {
      groups.add(new LinkedHashMap<>(Map.of("value", group, "conf", 0.9)));
    }
    json.put("cardNums", groups);
    json.put("totalCardNum", "4111111111111111");
    json.put("validThru", new LinkedHashMap<>(Map.of("value", "04/29", "conf", 0.8)));
    return json;
  }

  private static Map<String, Object> idCardJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("fileType", "jpg");
    json.put("resolution", "normal");
    json.put("idType", "resident");
    List<Object> keyValues = new ArrayList<>();
    keyValues.add(new LinkedHashMap<>(Map.of("key", "name", "value", "홍길동", "conf", 0.9)));
    keyValues.add(new LinkedHashMap<>(Map.of("key", "residentNumber", "value", "900101-1234567", "conf", 0.9)));
    json.put("keyValues", keyValues);
    return json;
  }

  @SuppressWarnings("unchecked")
  private static Wire.CreditCard cardToWire(Map<String, Object> json) {
    List<Wire.ConfValue> groups = ((List<Map<String, Object>>) json.get("cardNums")).stream()
        .map(EncryptedFieldsAgreementTest::confValue).toList();
    return new Wire.CreditCard((String) json.get("fileType"), (String) json.get("resolution"), groups,
        (String) json.get("totalCardNum"), List.of(), confValue((Map<String, Object>) json.get("validThru")), null);
  }

  @SuppressWarnings("unchecked")
  private static Wire.IdCard idCardToWire(Map<String, Object> json) {
    List<Wire.KeyValue> keyValues = ((List<Map<String, Object>>) json.get("keyValues")).stream()
        .map(kv -> new Wire.KeyValue((String) kv.get("key"), (String) kv.get("value"), (Double) kv.get("conf"), null))
        .toList();
    return new Wire.IdCard((String) json.get("fileType"), (String) json.get("resolution"), (String) json.get("idType"),
        keyValues, List.of());
  }

  private static Wire.ConfValue confValue(Map<String, Object> json) {
    return new Wire.ConfValue((String) json.get("value"), (Double) json.get("conf"));
  }
}
