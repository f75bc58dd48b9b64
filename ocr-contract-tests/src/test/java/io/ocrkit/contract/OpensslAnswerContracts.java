package io.ocrkit.contract;

import static io.ocrkit.contract.Support.assertFailure;
import static io.ocrkit.contract.Support.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.contract.Contract.Via;
import io.ocrkit.contract.targets.ContractTarget;
import io.ocrkit.contract.targets.Sample;
import io.ocrkit.contract.targets.SampleKind;
import io.ocrkit.contract.wire.Answer;
import io.ocrkit.contract.wire.HandEnvelope;
import io.ocrkit.contract.wire.WireClient;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.core.protocol.ResultCode;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

/**
 * protocol.md, "Result codes" and "Authenticity request", with every request sealed by the openssl
 * tool: the header's human texts, the Request-Key only where a check is possible, and the checks
 * the service no longer makes or cannot make answered 4000001.
 */
@DisplayName("Answers as documented, sealed by openssl")
class OpensslAnswerContracts {

  @Contract(id = "header.result-message", via = Via.WIRE_OPENSSL)
  @DisplayName("a successful scan says SUCCESS in resultMessage")
  void a_success_says_success(ContractTarget target) {
    Answer answer = scan(target, Operation.CREDIT_CARD, SampleKind.CREDIT_CARD, null);

    assertSuccess(answer);
    assertThat(answer.header().getString("resultMessage")).isEqualTo("SUCCESS");
  }

  @Contract(id = "header.result-message", via = Via.WIRE_OPENSSL)
  @DisplayName("a refusal's resultMessage is the table's text: wrong secret key, unknown key version")
  void a_refusal_carries_the_table_text(ContractTarget target) {
    Answer badSecret = scan(target, Operation.CREDIT_CARD, SampleKind.CREDIT_CARD,
        Map.of(Protocol.AUTHORIZATION, "not-the-secret-key"));
    Answer badVersion = scan(target, Operation.CREDIT_CARD, SampleKind.CREDIT_CARD,
        Map.of(Protocol.KEY_VERSION, "987654321"));

    assertFailure(badSecret, ResultCode.INVALID_APPKEY_SECRETKEY.code());
    assertThat(badSecret.header().getString("resultMessage")).isEqualTo("Invalid appKey or secretKey.");
    assertFailure(badVersion, ResultCode.INVALID_KEY_VERSION.code());
    assertThat(badVersion.header().getString("resultMessage")).isEqualTo("Invalid key version.");
  }

  @Contract(id = "scan.id-card.passport-request-key", via = Via.WIRE_OPENSSL)
  @DisplayName("a passport scan answers no Request-Key: passports can no longer be checked")
  void a_passport_scan_answers_no_request_key(ContractTarget target) {
    Answer answer = scan(target, Operation.ID_CARD, SampleKind.PASSPORT, null);

    assertSuccess(answer);
    assertThat(answer.result().getString("idType")).isEqualTo("passport");
    assertThat(answer.requestKey()).as("Request-Key of a passport answer").isEmpty();
  }

  @Contract(id = "authenticity.passport", via = Via.WIRE_OPENSSL)
  @DisplayName("a passport check answers 4000001 since its withdrawal on 2026-05-27")
  void a_passport_check_answers_4000001(ContractTarget target) {
    String requestKey = residentRequestKey(target);
    Map<String, String> fields = Map.of("name", "HONG GILDONG", "passportNumber", "M12345678",
        "birthDate", "19900101", "issueDate", "20200101", "expirationDate", "20300101");

    assertFailure(authenticity(target, requestKey, "passport", fields), ResultCode.INVALID_PARAMETER.code());
  }

  @Contract(id = "authenticity.id-type-required", via = Via.WIRE_OPENSSL)
  @DisplayName("a check without idType answers 4000001")
  void a_check_without_id_type_answers_4000001(ContractTarget target) {
    String requestKey = residentRequestKey(target);

    assertFailure(authenticity(target, requestKey, null, WireScan.madeUpResident()), ResultCode.INVALID_PARAMETER.code());
  }

  private static String residentRequestKey(ContractTarget target) {
    Answer answer = scan(target, Operation.ID_CARD, SampleKind.RESIDENT, null);
    assertSuccess(answer);
    return answer.requestKey().orElseThrow(() -> new AssertionError("a resident scan answered no Request-Key"));
  }

  private static Answer scan(ContractTarget target, Operation operation, SampleKind kind, Map<String, String> headers) {
    Sample sample = Support.sample(target, kind);
    WireClient wire = new WireClient(target);
    KeyService service = kind == SampleKind.CREDIT_CARD ? KeyService.CREDIT_CARD : KeyService.ID_CARD;
    try (HandEnvelope envelope = Support.envelope(Via.WIRE_OPENSSL, wire.serviceKey(service))) {
      WireClient.Request request = wire.request(operation).envelope(envelope);
      if (headers != null) {
        headers.forEach(request::header);
      }
      return request.multipart(envelope.encrypt(sample.bytes()), sample.fileName());
    }
  }

  /** Every field encrypted by openssl; {@code idType} plain, or left out when null. */
  private static Answer authenticity(ContractTarget target, String requestKey, String idType, Map<String, String> fields) {
    WireClient wire = new WireClient(target);
    try (HandEnvelope envelope = Support.envelope(Via.WIRE_OPENSSL, wire.serviceKey(KeyService.ID_CARD))) {
      JsonObjectBuilder body = Json.createObjectBuilder();
      if (idType != null) {
        body.add("idType", idType);
      }
      fields.forEach((name, value) -> body.add(name, envelope.encryptField(value)));
      return wire.request(Operation.ID_CARD_AUTHENTICITY).envelope(envelope)
          .header(Protocol.REQUEST_KEY, requestKey).json(body.build());
    }
  }
}
