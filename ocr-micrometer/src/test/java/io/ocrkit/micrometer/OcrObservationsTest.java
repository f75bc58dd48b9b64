package io.ocrkit.micrometer;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.http.OcrClient;
import io.ocrkit.http.OcrClientBuilder;
import io.ocrkit.mock.Fault;
import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages;
import io.ocrkit.mock.samples.SampleImages.ImageFormat;
import io.ocrkit.mock.samples.SampleImages.Size;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The listener against the real mock: names, bounded tags, retries and the two counters. */
class OcrObservationsTest {

  @RegisterExtension static final MockOcrExtension MOCK = new MockOcrExtension();

  static final byte[] CARD = SampleImages.renderWithFixture(SampleData.creditCard(1), Size.LOW, ImageFormat.PNG);
  static final Set<String> ALLOWED_KEYS = Set.of("operation", "outcome", "result.code", "retried");

  private OcrClientBuilder client(ObservationRegistry registry) {
    return OcrClient.builder().baseUrl(MOCK.server().baseUrl()).appKey(MOCK.server().appKey())
        .secretKey(MOCK.server().secretKey())
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5)))
        .eventListener(OcrObservations.listener(registry));
  }

  @Test
  void a_scan_is_observed_with_its_key_fetch_and_low_cardinality_tags_only() {
    TestObservationRegistry registry = TestObservationRegistry.create();
    List<Observation.Context> seen = new CopyOnWriteArrayList<>();
    registry.observationConfig().observationHandler(new ObservationHandler<>() {
      @Override public void onStop(Observation.Context context) {
        seen.add(context);
      }

      @Override public boolean supportsContext(Observation.Context context) {
        return true;
      }
    });
    try (OcrClient client = client(registry).build()) {
      client.scanCreditCard(ImageSource.of(CARD));
    }
    assertThat(seen).hasSize(2);
    assertThat(registry).hasNumberOfObservationsWithNameEqualTo("ocrkit.client.requests", 2)
        .hasAnObservation(o -> o.hasNameEqualTo("ocrkit.client.requests")
            .hasLowCardinalityKeyValue("operation", "public-key")
            .hasLowCardinalityKeyValue("outcome", "success"))
        .hasAnObservation(o -> o.hasNameEqualTo("ocrkit.client.requests")
            .hasLowCardinalityKeyValue("operation", "credit-card")
            .hasLowCardinalityKeyValue("outcome", "success")
            .hasLowCardinalityKeyValue("result.code", "0")
            .hasLowCardinalityKeyValue("retried", "false")
            .doesNotHaveHighCardinalityKeyValueWithKey("path"));
    String appKey = MOCK.server().appKey();
    String secret = MOCK.server().secretKey();
    seen.forEach(context -> {
      assertThat(context.getHighCardinalityKeyValues()).isEmpty();
      assertThat(keys(context.getLowCardinalityKeyValues())).isSubsetOf(ALLOWED_KEYS);
      assertThat(context.getLowCardinalityKeyValues().stream().map(KeyValue::getValue))
          .noneMatch(v -> v.contains(appKey) || v.contains(secret) || v.contains("/"));
      assertThat(context.getContextualName()).doesNotContain(appKey);
    });
  }

  @Test
  void a_throttled_answer_is_counted_and_the_retry_is_tagged() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ObservationRegistry registry = ObservationRegistry.create();
    registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    try (OcrClient client = client(registry).build()) {
      client.publicKey(KeyService.CREDIT_CARD);
      MOCK.injectFault(Fault.resultCode("credit-card", 1, 4000006));
      client.scanCreditCard(ImageSource.of(CARD));
    }
    assertThat(meters.get("ocrkit.client.requests.throttled").counter().count()).isEqualTo(1.0);
    assertThat(meters.get("ocrkit.client.requests").tags("operation", "credit-card", "outcome", "service_error",
        "result.code", "4000006", "retried", "false").timer().count()).isEqualTo(1);
    assertThat(meters.get("ocrkit.client.requests").tags("operation", "credit-card", "outcome", "success",
        "result.code", "0", "retried", "true").timer().count()).isEqualTo(1);
  }

  @Test
  void a_retired_key_is_counted_as_a_reseal() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ObservationRegistry registry = ObservationRegistry.create();
    registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    try (OcrClient client = client(registry).build()) {
      client.publicKey(KeyService.CREDIT_CARD);
      MOCK.rotateKey(KeyService.CREDIT_CARD, true);
      client.scanCreditCard(ImageSource.of(CARD));
    }
    assertThat(meters.get("ocrkit.client.requests.reseal").counter().count()).isEqualTo(1.0);
    assertThat(meters.get("ocrkit.client.requests").tags("operation", "credit-card", "result.code", "4000301")
        .timer().count()).isEqualTo(1);
  }

  @Test
  void an_unknown_code_is_tagged_other_and_a_refusal_is_a_service_error() {
    TestObservationRegistry registry = TestObservationRegistry.create();
    try (OcrClient client = client(registry).build()) {
      client.publicKey(KeyService.CREDIT_CARD);
      MOCK.injectFault(Fault.resultCode("credit-card", 1, 4009999));
      assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(CARD))).isInstanceOf(OcrServiceException.class);
    }
    assertThat(registry).hasAnObservation(o -> o.hasLowCardinalityKeyValue("operation", "credit-card")
        .hasLowCardinalityKeyValue("outcome", "service_error")
        .hasLowCardinalityKeyValue("result.code", "other"));
  }

  @Test
  void a_stopped_service_is_a_transport_error() {
    TestObservationRegistry registry = TestObservationRegistry.create();
    try (var other = io.ocrkit.mock.MockOcrServer.builder().build().start()) {
      var builder = OcrClient.builder().baseUrl(other.baseUrl()).appKey(other.appKey()).secretKey(other.secretKey())
          .retryPolicy(RetryPolicy.none()).eventListener(OcrObservations.listener(registry));
      other.close();
      try (OcrClient client = builder.build()) {
        assertThatThrownBy(() -> client.publicKey(KeyService.CREDIT_CARD)).isInstanceOf(RuntimeException.class);
      }
    }
    assertThat(registry).hasSingleObservationThat().hasLowCardinalityKeyValue("operation", "public-key")
        .hasLowCardinalityKeyValue("outcome", "transport_error")
        .hasLowCardinalityKeyValue("result.code", "none");
  }

  private static List<String> keys(io.micrometer.common.KeyValues values) {
    return values.stream().map(KeyValue::getKey).collect(Collectors.toList());
  }
}
