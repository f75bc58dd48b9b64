package io.ocrkit.contract;

import static io.ocrkit.contract.Support.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.contract.Contract.RunsOn;
import io.ocrkit.contract.Contract.Via;
import io.ocrkit.contract.targets.Capability;
import io.ocrkit.contract.targets.ContractTarget;
import io.ocrkit.contract.targets.SampleKind;
import io.ocrkit.contract.wire.Answer;
import io.ocrkit.core.model.DriverLicense;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.ResidentCard;
import io.ocrkit.http.OcrClient;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

/**
 * docs/protocol.md, "Authenticity request": resident and driver checks (passport ones answer 4000001), their fields
 * (encrypted except {@code idType} and {@code expirationDate}) and their boolean answer. The values
 * submitted are those the scan read, so on the real service the check is about the supplied ID.
 */
@DisplayName("Authenticity checks")
class AuthenticityContracts {

  @Contract(id = "authenticity.resident", via = Via.WIRE_JDK)
  @DisplayName("a resident-card check with the values its scan read answers a boolean isAuthenticity")
  void a_resident_check_answers_a_boolean(ContractTarget target) {
    WireScan.Read read = WireScan.idCard(target, Support.sample(target, SampleKind.RESIDENT));
    assertThat(read.idType()).isEqualTo("resident");

    Answer answer = WireScan.authenticity(target, read.requestKey(), "resident", RequestKeyContracts.residentFields(read));

    assertSuccess(answer);
    assertThat(answer.result().get("isAuthenticity")).as("result.isAuthenticity")
        .isIn(JsonValue.TRUE, JsonValue.FALSE);
  }

  @Contract(id = "authenticity.driver", via = Via.WIRE_JDK)
  @DisplayName("a driver's-licence check with the values its scan read answers a boolean isAuthenticity")
  void a_driver_check_answers_a_boolean(ContractTarget target) {
    WireScan.Read read = WireScan.idCard(target, Support.sample(target, SampleKind.DRIVER));
    assertThat(read.idType()).isEqualTo("driver");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", read.values().get("name"));
    fields.put("residentNumber", Support.digits(read.values().get("residentNumber")).substring(0, 7));
    fields.put("driverLicenseNumber", Support.digits(read.values().get("driverLicenseNumber")));
    if (read.values().containsKey("serialNum")) {
      fields.put("serialNum", read.values().get("serialNum").strip());
    }

    Answer answer = WireScan.authenticity(target, read.requestKey(), "driver", fields);

    assertSuccess(answer);
    assertThat(answer.result().get("isAuthenticity")).as("result.isAuthenticity")
        .isIn(JsonValue.TRUE, JsonValue.FALSE);
  }

  @Contract(id = "authenticity.passport", via = Via.WIRE_JDK)
  @DisplayName("a passport check answers 4000001: the service stopped passport authenticity on 2026-05-27")
  void a_passport_check_answers_invalid_parameter(ContractTarget target) {
    WireScan.Read read = WireScan.idCard(target, Support.sample(target, SampleKind.RESIDENT));
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", "HONG GILDONG");
    fields.put("passportNumber", "M12345678");
    fields.put("birthDate", "19900101");
    fields.put("issueDate", "20200101");
    fields.put("expirationDate", "20300101");

    Answer answer = WireScan.authenticity(target, read.requestKey(), "passport", fields);

    Support.assertFailure(answer, io.ocrkit.core.protocol.ResultCode.INVALID_PARAMETER.code());
  }

  @Contract(id = "authenticity.resident", via = Via.SDK)
  @DisplayName("the SDK checks a resident card with the values it read")
  void the_sdk_checks_a_resident_card(ContractTarget target) {
    try (OcrClient client = Support.sdk(target)) {
      IdCardScan scan = client.scanIdCard(ImageSource.of(Support.sample(target, SampleKind.RESIDENT).bytes()));

      boolean authentic = client.verifyAuthenticity(scan.requestKey().orElseThrow(),
          Authenticity.residentRequest((ResidentCard) scan.card()));

      assertThat(scan.requestKey().orElseThrow().isSpent()).as("the key is spent by a successful check").isTrue();
      assertThat(authentic).isIn(true, false);
    }
  }

  @Contract(id = "authenticity.driver", via = Via.SDK)
  @DisplayName("the SDK checks a driver's licence with the values it read")
  void the_sdk_checks_a_drivers_licence(ContractTarget target) {
    try (OcrClient client = Support.sdk(target)) {
      IdCardScan scan = client.scanIdCard(ImageSource.of(Support.sample(target, SampleKind.DRIVER).bytes()));

      client.verifyAuthenticity(scan.requestKey().orElseThrow(), Authenticity.driverRequest((DriverLicense) scan.card()));

      assertThat(scan.requestKey().orElseThrow().isSpent()).as("the key is spent by a successful check").isTrue();
    }
  }

  @Contract(id = "authenticity.verdict", via = Via.SDK, runsOn = RunsOn.MOCK_ONLY, needs = Capability.FIXTURES)
  @DisplayName("the check answers false for an ID the service holds as not authentic")
  void the_check_answers_false_for_an_id_that_is_not_authentic(ContractTarget target) {
    byte[] image = Support.sample(target, SampleKind.RESIDENT).bytes();
    Fixtures.residentNotAuthentic(target, image);
    try (OcrClient client = Support.sdk(target)) {
      IdCardScan scan = client.scanIdCard(ImageSource.of(image));

      boolean authentic = client.verifyAuthenticity(scan.requestKey().orElseThrow(),
          Authenticity.residentRequest((ResidentCard) scan.card()));

      assertThat(authentic).isFalse();
    }
  }
}
