package io.ocrkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.mock.testing.HandClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a fault can say beyond its kind: a Retry-After header, a gateway's status. */
class FaultOptionsTest {

  @RegisterExtension
  static MockOcrExtension mock = new MockOcrExtension();

  private final HandClient client = new HandClient(mock.server());

  private HttpResponse<String> postFault(String json) {
    return client.send(client.request("/mock/v1/faults").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  @Test
  void a_result_code_fault_can_carry_a_retry_after_header() {
    mock.injectFault(Fault.resultCode("public-keys", 1, 4000006).withRetryAfter(Duration.ofSeconds(7)));
    HandClient.Answer answer = client.publicKeyAnswer("credit-card");
    assertThat(answer.resultCode()).isEqualTo(4000006);
    assertThat(answer.response().headers().firstValue("Retry-After")).contains("7");
  }

  @Test
  void a_result_code_fault_without_retry_after_sends_none() {
    mock.injectFault(Fault.resultCode("public-keys", 1, 5000503));
    assertThat(client.publicKeyAnswer("credit-card").response().headers().firstValue("Retry-After")).isEmpty();
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {502, 503, 504})
  void a_gateway_page_answers_the_chosen_status_with_html(int status) {
    mock.injectFault(Fault.gatewayPage("public-keys", 1, status));
    HttpResponse<String> response = client.publicKeyAnswer("id-card").response();
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/html"));
    assertThat(response.body()).contains("<h1>" + status + " ");
    assertThat(mock.requests().get(mock.requests().size() - 1).envelope()).isEqualTo("fault:HTTP_502_HTML");
  }

  @Test
  void a_gateway_page_can_carry_a_retry_after_header() {
    mock.injectFault(Fault.gatewayPage("public-keys", 1, 503).withRetryAfter(Duration.ofSeconds(2)));
    HttpResponse<String> response = client.publicKeyAnswer("id-card").response();
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).contains("2");
  }

  @Test
  void the_admin_api_takes_retry_after_and_gateway_status() {
    assertThat(postFault("{\"endpoint\": \"public-keys\", \"kind\": \"HTTP_502_HTML\", \"gatewayStatus\": 504,"
        + " \"retryAfterSeconds\": 3}").statusCode()).isEqualTo(201);
    assertThat(postFault("{\"endpoint\": \"public-keys\", \"resultCode\": 4000006, \"retryAfterSeconds\": 1}")
        .statusCode()).isEqualTo(201);

    HttpResponse<String> gateway = client.publicKeyAnswer("id-card").response();
    assertThat(gateway.statusCode()).isEqualTo(504);
    assertThat(gateway.headers().firstValue("Retry-After")).contains("3");
    HandClient.Answer limited = client.publicKeyAnswer("id-card");
    assertThat(limited.resultCode()).isEqualTo(4000006);
    assertThat(limited.response().headers().firstValue("Retry-After")).contains("1");
  }

  @Test
  void the_admin_api_refuses_a_gateway_status_that_is_not_a_gateways() {
    HttpResponse<String> response =
        postFault("{\"endpoint\": \"public-keys\", \"kind\": \"HTTP_502_HTML\", \"gatewayStatus\": 500}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("gatewayStatus");
  }

  @Test
  void options_that_do_not_fit_the_fault_are_refused() {
    assertThatThrownBy(() -> Fault.of("credit-card", 1, FaultKind.EMPTY_RESPONSE).withRetryAfter(Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retryAfterSeconds");
    assertThatThrownBy(() -> Fault.resultCode("credit-card", 1, 5000503).withGatewayStatus(503))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gatewayStatus");
    assertThatThrownBy(() -> Fault.gatewayPage("credit-card", 1, 501))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("502, 503 or 504");
  }

  @Test
  void a_delayed_answer_holds_no_thread_inside_the_mock_while_it_waits() throws Exception {
    mock.injectFault(Fault.delay("public-keys", 1, 1_500));
    java.util.concurrent.CompletableFuture<HandClient.Answer> answer =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> client.publicKeyAnswer("credit-card"));
    long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
    while (mock.requests().isEmpty() && System.nanoTime() < deadline) {
      java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
    }
    assertThat(mock.requests()).as("the request arrived").hasSize(1);
    // The handler thread may still be returning; the old design slept in it for the whole delay.
    deadline = System.nanoTime() + Duration.ofMillis(700).toNanos();
    while (threadsInsideTheMock() > 0 && System.nanoTime() < deadline) {
      java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
    }
    assertThat(threadsInsideTheMock()).isZero();
    assertThat(answer).as("still waiting").isNotDone();
    assertThat(answer.get(10, java.util.concurrent.TimeUnit.SECONDS).resultCode()).isZero();
  }

  private static long threadsInsideTheMock() {
    return Thread.getAllStackTraces().values().stream().filter(stack -> java.util.Arrays.stream(stack)
        .anyMatch(frame -> frame.getClassName().startsWith("io.ocrkit.mock.internal."))).count();
  }

  @Test
  void each_fault_applies_itself_through_the_one_injector_method_of_its_kind() {
    AtomicReference<String> called = new AtomicReference<>();
    FaultInjector recorder = new FaultInjector() {
      @Override public void resultCode(int code, java.util.Optional<Duration> retryAfter) {
        called.set("code " + code + " " + retryAfter.map(Duration::toSeconds).orElse(-1L));
      }
      @Override public void delay(Duration delay) {
        called.set("delay " + delay.toMillis());
      }
      @Override public void resetConnection() {
        called.set("reset");
      }
      @Override public void emptyResponse() {
        called.set("empty");
      }
      @Override public void malformedJson() {
        called.set("malformed");
      }
      @Override public void gatewayPage(int status, java.util.Optional<Duration> retryAfter) {
        called.set("gateway " + status + " " + retryAfter.map(Duration::toSeconds).orElse(-1L));
      }
    };
    List<Fault> faults = List.of(Fault.resultCode("id-card", 1, 4000006).withRetryAfter(Duration.ofSeconds(5)),
        Fault.delay("id-card", 1, 250), Fault.of("id-card", 1, FaultKind.CONNECTION_RESET),
        Fault.of("id-card", 1, FaultKind.EMPTY_RESPONSE), Fault.of("id-card", 1, FaultKind.MALFORMED_JSON),
        Fault.gatewayPage("id-card", 1, 503));
    List<String> expected = List.of("code 4000006 5", "delay 250", "reset", "empty", "malformed", "gateway 503 -1");
    for (int i = 0; i < faults.size(); i++) {
      faults.get(i).apply(recorder);
      assertThat(called.get()).isEqualTo(expected.get(i));
    }
  }
}
