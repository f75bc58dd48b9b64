package io.ocrkit.contract;

import static io.ocrkit.contract.Support.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.contract.Contract.RunsOn;
import io.ocrkit.contract.Contract.Via;
import io.ocrkit.contract.targets.Capability;
import io.ocrkit.contract.targets.ContractTarget;
import io.ocrkit.contract.targets.Sample;
import io.ocrkit.contract.targets.SampleKind;
import io.ocrkit.contract.wire.HandEnvelope;
import io.ocrkit.contract.wire.JdkEnvelope;
import io.ocrkit.contract.wire.ServiceKey;
import io.ocrkit.contract.wire.WireClient;
import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.OcrTransportException;
import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.http.OcrClient;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;

/**
 * docs/protocol.md, "retrying a scan" and "HTTP 200 everywhere": key rotation, temporary refusals and
 * gateways that answer HTML. The real service cannot be made to do these on demand.
 */
@DisplayName("Key rotation, retries and gateway faults")
class FaultContracts {

  private static final RetryPolicy QUICK_RETRIES = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50));

  @Contract(id = "error.bad-key-version", via = Via.WIRE_JDK, runsOn = RunsOn.MOCK_ONLY, needs = Capability.FAULTS)
  @DisplayName("a scan sealed under a retired key version is refused with 4000301")
  void a_retired_key_version_is_refused(ContractTarget target) {
    Sample sample = Support.sample(target, SampleKind.CREDIT_CARD);
    WireClient wire = new WireClient(target);
    ServiceKey old = wire.serviceKey(KeyService.CREDIT_CARD);
    String newVersion = target.admin().rotateKey("credit-card", true);
    assertThat(newVersion).isNotEqualTo(old.version());

    try (HandEnvelope envelope = JdkEnvelope.fresh(old)) {
      assertFailure(wire.request(Operation.CREDIT_CARD).envelope(envelope)
          .multipart(envelope.encrypt(sample.bytes()), sample.fileName()), ResultCode.INVALID_KEY_VERSION.code());
    }
    assertThat(wire.serviceKey(KeyService.CREDIT_CARD).version()).as("the key issued after rotation")
        .isEqualTo(newVersion);
  }

  @Contract(id = "retry.stale-key", via = Via.SDK, runsOn = RunsOn.MOCK_ONLY, needs = Capability.FAULTS)
  @DisplayName("the SDK answers 4000301 by fetching the new key and sealing the scan again, once")
  void the_sdk_refetches_a_rotated_key_once(ContractTarget target) {
    Sample sample = Support.sample(target, SampleKind.CREDIT_CARD);
    try (OcrClient client = Support.sdk(target)) {
      String before = client.publicKey(KeyService.CREDIT_CARD).version();
      target.admin().rotateKey("credit-card", true);

      CreditCard card = client.scanCreditCard(ImageSource.of(sample.bytes()));

      assertThat(card.number()).isPresent();
      assertThat(client.publicKey(KeyService.CREDIT_CARD).version()).isNotEqualTo(before);
    }
  }

  @Contract(id = "retry.temporarily-unavailable", via = Via.SDK, runsOn = RunsOn.MOCK_ONLY, needs = Capability.FAULTS)
  @DisplayName("the SDK retries a scan refused with 5000503 and returns the next answer")
  void the_sdk_retries_a_temporary_refusal(ContractTarget target) {
    Sample sample = Support.sample(target, SampleKind.CREDIT_CARD);
    target.admin().faultResultCode("credit-card", 1, ResultCode.API_TEMPORARILY_UNAVAILABLE.code());
    try (OcrClient client = Support.sdk(target, QUICK_RETRIES)) {
      assertThat(client.scanCreditCard(ImageSource.of(sample.bytes())).number()).isPresent();
    }
  }

  @Contract(id = "retry.not-for-refusals", via = Via.SDK, runsOn = RunsOn.MOCK_ONLY, needs = Capability.FAULTS)
  @DisplayName("the SDK does not retry a refusal that cannot change (4000002): it reports it")
  void the_sdk_does_not_retry_a_final_refusal(ContractTarget target) {
    Sample sample = Support.sample(target, SampleKind.CREDIT_CARD);
    target.admin().faultResultCode("credit-card", 1, ResultCode.INVALID_FILE.code());
    try (OcrClient client = Support.sdk(target, QUICK_RETRIES)) {
      assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(sample.bytes())))
          .isInstanceOfSatisfying(OcrServiceException.class,
              e -> assertThat(e.resultCode()).isEqualTo(ResultCode.INVALID_FILE.code()));
    }
  }

  @Contract(id = "transport.gateway-html", via = Via.SDK, runsOn = RunsOn.MOCK_ONLY, needs = Capability.FAULTS)
  @DisplayName("the SDK reports a gateway's HTTP 502 HTML page as a transport fault, not a service answer")
  void the_sdk_reports_a_gateway_page_as_a_transport_fault(ContractTarget target) {
    Sample sample = Support.sample(target, SampleKind.CREDIT_CARD);
    target.admin().faultKind("credit-card", 5, "HTTP_502_HTML");
    try (OcrClient client = Support.sdk(target)) {
      assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(sample.bytes()))).isInstanceOf(OcrTransportException.class);
    }
  }
}
