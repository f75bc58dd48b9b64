package io.ocrkit.contract;

import static io.ocrkit.contract.Support.assertFailure;
import static io.ocrkit.contract.Support.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.contract.Contract.RunsOn;
import io.ocrkit.contract.Contract.Via;
import io.ocrkit.contract.targets.Capability;
import io.ocrkit.contract.targets.ContractTarget;
import io.ocrkit.contract.targets.SampleKind;
import io.ocrkit.contract.wire.Answer;
import io.ocrkit.core.model.AuthenticityRequest;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.ResidentCard;
import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.http.OcrClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

/**
 * docs/protocol.md, "Request-Key": only an ID-card scan issues one; the authenticity check needs it;
 * it is valid for one hour and spent by the first successful check.
 */
@DisplayName("The Request-Key header and its rules")
class RequestKeyContracts {

  @Contract(id = "request-key.required", via = Via.WIRE_JDK)
  @DisplayName("an authenticity check without a Request-Key header is refused with 4000005")
  void an_authenticity_check_without_a_request_key_is_refused(ContractTarget target) {
    Answer answer = WireScan.authenticity(target, null, "resident", WireScan.madeUpResident());

    assertFailure(answer, ResultCode.MISSING_REQUIRED_HEADER.code());
  }

  @Contract(id = "request-key.unknown", via = Via.WIRE_JDK)
  @DisplayName("an authenticity check with a Request-Key the service never issued is refused with 4000122")
  void an_unknown_request_key_is_refused(ContractTarget target) {
    Answer answer = WireScan.authenticity(target, "never-issued-0000000000000000", "resident", WireScan.madeUpResident());

    assertFailure(answer, ResultCode.AUTHENTICITY_REQUEST_KEY_INVALID.code());
  }

  @Contract(id = "request-key.single-use", via = Via.WIRE_JDK, runsOn = RunsOn.MOCK_ONLY,
      needs = Capability.FIXTURES,
      reason = "a second check on the real service needs a first one that succeeds, which needs a real person's data")
  @DisplayName("a Request-Key is spent by the first successful check: the second is refused with 4000122")
  void a_request_key_is_spent_by_the_first_successful_check(ContractTarget target) {
    WireScan.Read read = WireScan.idCard(target, Support.sample(target, SampleKind.RESIDENT));
    Map<String, String> fields = residentFields(read);

    assertSuccess(WireScan.authenticity(target, read.requestKey(), "resident", fields));
    assertFailure(WireScan.authenticity(target, read.requestKey(), "resident", fields),
        ResultCode.AUTHENTICITY_REQUEST_KEY_INVALID.code());
  }

  @Contract(id = "request-key.one-hour", via = Via.WIRE_JDK, runsOn = RunsOn.MOCK_ONLY, needs = Capability.CLOCK)
  @DisplayName("a Request-Key is still honoured 59 minutes after issue")
  void a_request_key_is_honoured_within_the_hour(ContractTarget target) {
    WireScan.Read read = WireScan.idCard(target, Support.sample(target, SampleKind.RESIDENT));
    target.admin().advanceClock(59 * 60);

    assertSuccess(WireScan.authenticity(target, read.requestKey(), "resident", residentFields(read)));
  }

  @Contract(id = "request-key.one-hour", via = Via.WIRE_JDK, runsOn = RunsOn.MOCK_ONLY, needs = Capability.CLOCK)
  @DisplayName("a Request-Key is refused with 4000122 once an hour has passed since issue")
  void a_request_key_expires_after_an_hour(ContractTarget target) {
    WireScan.Read read = WireScan.idCard(target, Support.sample(target, SampleKind.RESIDENT));
    target.admin().advanceClock(60 * 60 + 1);

    assertFailure(WireScan.authenticity(target, read.requestKey(), "resident", residentFields(read)),
        ResultCode.AUTHENTICITY_REQUEST_KEY_INVALID.code());
  }

  @Contract(id = "request-key.single-use", via = Via.SDK, runsOn = RunsOn.MOCK_ONLY, needs = Capability.FIXTURES,
      reason = "a second check on the real service needs a first one that succeeds, which needs a real person's data")
  @DisplayName("the SDK refuses to reuse a spent Request-Key, with 4000122")
  void the_sdk_refuses_a_spent_request_key(ContractTarget target) {
    try (OcrClient client = Support.sdk(target)) {
      IdCardScan scan = client.scanIdCard(ImageSource.of(Support.sample(target, SampleKind.RESIDENT).bytes()));
      AuthenticityRequest request = Authenticity.residentRequest((ResidentCard) scan.card());
      client.verifyAuthenticity(scan.requestKey().orElseThrow(), request);

      assertThatThrownBy(() -> client.verifyAuthenticity(scan.requestKey().orElseThrow(), request))
          .isInstanceOfSatisfying(OcrServiceException.class,
              e -> assertThat(e.resultCode()).isEqualTo(ResultCode.AUTHENTICITY_REQUEST_KEY_INVALID.code()));
    }
  }

  static Map<String, String> residentFields(WireScan.Read read) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", read.values().get("name"));
    fields.put("residentNumber", Support.digits(read.values().get("residentNumber")));
    fields.put("issueDate", Support.digits(read.values().get("issueDate")));
    return fields;
  }
}
