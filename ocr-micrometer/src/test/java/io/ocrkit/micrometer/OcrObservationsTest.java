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
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.http.OcrClient;
import io.ocrkit.http.OcrClientBuilder;
import io.ocrkit.mock.Fault;
import io.ocrkit.mock.FaultKind;
import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages;
import io.ocrkit.mock.samples.SampleImages.ImageFormat;
import io.ocrkit.mock.samples.SampleImages.Size;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The listener against the real mock: one observation per call, bounded tags, retries and the two counters. */
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
  void a_key_asked_for_and_a_scan_are_observed_with_low_cardinality_tags_only() {
    TestObservationRegistry registry = TestObservationRegistry.create();
    List<Observation.Context> seen = stopped(registry);
    try (OcrClient client = client(registry).build()) {
      client.publicKey(KeyService.CREDIT_CARD);
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
  void a_scan_and_the_key_fetch_it_needs_are_one_observation() {
    TestObservationRegistry registry = TestObservationRegistry.create();
    try (OcrClient client = client(registry).build()) {
      client.scanCreditCard(ImageSource.of(CARD));
    }
    assertThat(registry).hasSingleObservationThat().hasNameEqualTo("ocrkit.client.requests")
        .hasLowCardinalityKeyValue("operation", "credit-card")
        .hasLowCardinalityKeyValue("retried", "false");
  }

  @Test
  void a_throttled_answer_is_counted_and_the_call_that_waited_it_out_is_one_retried_observation() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ObservationRegistry registry = ObservationRegistry.create();
    registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    try (OcrClient client = client(registry).build()) {
      client.publicKey(KeyService.CREDIT_CARD);
      MOCK.injectFault(Fault.resultCode("credit-card", 1, 4000006));
      client.scanCreditCard(ImageSource.of(CARD));
    }
    assertThat(meters.get("ocrkit.client.requests.throttled").counter().count()).isEqualTo(1.0);
    assertThat(meters.get("ocrkit.client.requests.throttled").counter().getId().getTag("operation"))
        .isEqualTo("credit-card");
    assertThat(meters.get("ocrkit.client.requests").tags("operation", "credit-card").timers()).hasSize(1);
    assertThat(meters.get("ocrkit.client.requests").tags("operation", "credit-card", "outcome", "success",
        "result.code", "0", "retried", "true").timer().count()).isEqualTo(1);
  }

  @Test
  void a_call_resealed_after_a_retired_key_is_one_retried_observation_and_a_counted_reseal() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ObservationRegistry registry = ObservationRegistry.create();
    registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    try (OcrClient client = client(registry).build()) {
      client.publicKey(KeyService.CREDIT_CARD);
      MOCK.rotateKey(KeyService.CREDIT_CARD, true);
      client.scanCreditCard(ImageSource.of(CARD));
    }
    assertThat(meters.get("ocrkit.client.requests.reseal").counter().count()).isEqualTo(1.0);
    assertThat(meters.get("ocrkit.client.requests").tags("operation", "credit-card").timers()).hasSize(1);
    assertThat(meters.get("ocrkit.client.requests").tags("operation", "credit-card", "outcome", "success",
        "result.code", "0", "retried", "true").timer().count()).isEqualTo(1);
  }

  @Test
  void async_calls_are_each_one_observation_however_their_threads_interleave() {
    TestObservationRegistry registry = TestObservationRegistry.create();
    List<Observation.Context> seen = stopped(registry);
    try (OcrClient client = client(registry).build()) {
      client.publicKey(KeyService.CREDIT_CARD);
      MOCK.injectFault(Fault.gatewayPage("credit-card", 1, 502));
      CompletableFuture.allOf(IntStream.range(0, 12).mapToObj(i -> client.scanCreditCardAsync(ImageSource.of(CARD)))
          .toArray(CompletableFuture[]::new)).join();
    }
    assertThat(registry).hasNumberOfObservationsWithNameEqualTo("ocrkit.client.requests", 13);
    List<Observation.Context> scans = seen.stream().filter(c -> "credit-card".equals(c.getLowCardinalityKeyValue("operation").getValue())).toList();
    assertThat(scans).hasSize(12).allSatisfy(c ->
        assertThat(c.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("success"));
    assertThat(scans).filteredOn(c -> c.getLowCardinalityKeyValue("retried").getValue().equals("true")).hasSize(1);
  }

  @Test
  void a_malformed_answer_is_a_protocol_error_without_a_code() {
    TestObservationRegistry registry = TestObservationRegistry.create();
    try (OcrClient client = client(registry).build()) {
      client.publicKey(KeyService.CREDIT_CARD);
      MOCK.injectFault(Fault.of("credit-card", 1, FaultKind.MALFORMED_JSON));
      assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(CARD))).isInstanceOf(OcrProtocolException.class);
    }
    assertThat(registry).hasAnObservation(o -> o.hasLowCardinalityKeyValue("operation", "credit-card")
        .hasLowCardinalityKeyValue("outcome", "protocol_error")
        .hasLowCardinalityKeyValue("result.code", "none")
        .hasLowCardinalityKeyValue("retried", "false"));
  }

  @Test
  void a_call_refused_after_its_retries_is_a_retried_service_error_with_the_code() {
    TestObservationRegistry registry = TestObservationRegistry.create();
    try (OcrClient client = client(registry).build()) {
      client.publicKey(KeyService.CREDIT_CARD);
      MOCK.injectFault(Fault.resultCode("credit-card", 3, 5000503));
      assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(CARD))).isInstanceOf(OcrServiceException.class);
    }
    assertThat(registry).hasAnObservation(o -> o.hasLowCardinalityKeyValue("operation", "credit-card")
        .hasLowCardinalityKeyValue("outcome", "service_error")
        .hasLowCardinalityKeyValue("result.code", "5000503")
        .hasLowCardinalityKeyValue("retried", "true"));
  }

  @Test
  void the_revocation_of_a_token_at_close_is_not_observed() {
    TestObservationRegistry registry = TestObservationRegistry.create();
    try (OcrClient client = OcrClient.builder().baseUrl(MOCK.server().baseUrl()).appKey(MOCK.server().appKey())
        .tokenUrl(java.net.URI.create(MOCK.server().baseUrl() + "/oauth2/token/create"))
        .userAccessKey(MOCK.server().userAccessKeyId(), MOCK.server().secretAccessKey())
        .eventListener(OcrObservations.listener(registry)).build()) {
      client.scanCreditCard(ImageSource.of(CARD));
    }
    assertThat(registry).hasSingleObservationThat().hasLowCardinalityKeyValue("operation", "credit-card");
  }

  private static List<Observation.Context> stopped(TestObservationRegistry registry) {
    List<Observation.Context> seen = new CopyOnWriteArrayList<>();
    registry.observationConfig().observationHandler(new ObservationHandler<>() {
      @Override public void onStop(Observation.Context context) {
        seen.add(context);
      }

      @Override public boolean supportsContext(Observation.Context context) {
        return true;
      }
    });
    return seen;
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
