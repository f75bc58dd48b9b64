package io.ocrkit.contract;

import static io.ocrkit.contract.Support.assertSuccess;

import io.ocrkit.contract.targets.ContractTarget;
import io.ocrkit.contract.targets.Sample;
import io.ocrkit.contract.wire.Answer;
import io.ocrkit.contract.wire.HandEnvelope;
import io.ocrkit.contract.wire.JdkEnvelope;
import io.ocrkit.contract.wire.WireClient;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.core.protocol.Protocol;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/** ID-card scans and authenticity checks on the wire, for the contracts that need both. */
final class WireScan {

  private WireScan() {}

  /** What an ID-card scan read, decrypted, and the Request-Key it answered (may be null). */
  record Read(String requestKey, String idType, Map<String, String> values) {}

  /** Scans an ID card by hand and decrypts every key value. */
  static Read idCard(ContractTarget target, Sample sample) {
    WireClient wire = new WireClient(target);
    try (HandEnvelope envelope = JdkEnvelope.fresh(wire.serviceKey(KeyService.ID_CARD))) {
      Answer answer = wire.request(Operation.ID_CARD).envelope(envelope)
          .multipart(envelope.encrypt(sample.bytes()), sample.fileName());
      assertSuccess(answer);
      Map<String, String> values = new LinkedHashMap<>();
      answer.result().getJsonArray("keyValues").getValuesAs(JsonObject.class)
          .forEach(r -> values.put(r.getString("key"), envelope.decryptField(r.getString("value"))));
      return new Read(answer.requestKey().orElse(null), answer.result().getString("idType"), values);
    }
  }

  /**
   * Sends an authenticity check by hand: {@code idType} and {@code expirationDate} in plain text,
   * every other field encrypted under a fresh key; {@code requestKey} null sends no header.
   */
  static Answer authenticity(ContractTarget target, String requestKey, String idType, Map<String, String> fields) {
    WireClient wire = new WireClient(target);
    try (HandEnvelope envelope = JdkEnvelope.fresh(wire.serviceKey(KeyService.ID_CARD))) {
      JsonObjectBuilder body = Json.createObjectBuilder().add("idType", idType);
      fields.forEach((name, value) -> body.add(name,
          Protocol.PLAIN_AUTHENTICITY_FIELDS.contains(name) ? value : envelope.encryptField(value)));
      return wire.request(Operation.ID_CARD_AUTHENTICITY).envelope(envelope)
          .header(Protocol.REQUEST_KEY, requestKey)
          .json(body.build());
    }
  }

  /** A made-up but well-formed resident check, for contracts that are refused before any lookup. */
  static Map<String, String> madeUpResident() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", "홍길동");
    fields.put("residentNumber", "9001011234567");
    fields.put("issueDate", "20200102");
    return fields;
  }
}
