package io.ocrkit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.mock.Fault;
import io.ocrkit.mock.MockOcrExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The listener's call-level events: one call per request of the caller, its exchanges numbered within it. */
class OcrClientCallEventsTest {

  @RegisterExtension
  static final MockOcrExtension mock = new MockOcrExtension();

  private byte[] image;

  @BeforeEach
  void start() {
    image = Fixtures.cardImage(mock, "call-events");
  }

  /** Writes "<hook> #<call id> <operation>[ attempt n][ detail]". */
  private static OcrEventListener recording(List<String> seen) {
    return new OcrEventListener() {
      @Override
      public void callStart(Call call) {
        seen.add("start #" + call.id() + " " + call.operation());
      }

      @Override
      public void callEnd(Call call, Duration elapsed) {
        seen.add("end #" + call.id() + " " + call.operation());
      }

      @Override
      public void callFailed(Call call, RuntimeException error, Duration elapsed) {
        seen.add("failed #" + call.id() + " " + call.operation() + " " + error.getClass().getSimpleName());
      }

      @Override
      public void beforeSend(Exchange exchange) {
        seen.add("send #" + exchange.call().id() + " " + exchange.operation() + " attempt " + exchange.attempt());
      }
    };
  }

  private static OcrEventListener throwingFromCallHooks() {
    return new OcrEventListener() {
      @Override
      public void callStart(Call call) {
        throw new IllegalStateException("metrics backend down");
      }

      @Override
      public void callEnd(Call call, Duration elapsed) {
        throw new IllegalStateException("metrics backend down");
      }

      @Override
      public void callFailed(Call call, RuntimeException error, Duration elapsed) {
        throw new IllegalStateException("metrics backend down");
      }
    };
  }

  @Test
  void a_scan_retried_after_a_gateway_page_is_one_call_of_two_attempts() {
    List<String> seen = new CopyOnWriteArrayList<>();
    mock.injectFault(Fault.gatewayPage("credit-card", 1, 502));
    try (OcrClient client = Fixtures.v20(mock.server()).eventListener(recording(seen)).build()) {
      client.scanCreditCard(ImageSource.of(image));
    }

    assertThat(seen).containsExactly("start #1 credit-card",
        "send #1 public-keys/credit-card attempt 1", "send #1 credit-card attempt 1",
        "send #1 credit-card attempt 2", "end #1 credit-card");
  }

  @Test
  void a_refused_scan_fails_its_call_with_what_the_caller_gets() {
    List<String> seen = new CopyOnWriteArrayList<>();
    try (OcrClient client = Fixtures.v20(mock.server()).eventListener(recording(seen)).build()) {
      client.publicKey(KeyService.CREDIT_CARD);
      mock.injectFault(Fault.resultCode("credit-card", 1, 4000102));
      assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(image))).isInstanceOf(OcrServiceException.class);
    }

    assertThat(seen).containsExactly(
        "start #1 public-keys/credit-card", "send #1 public-keys/credit-card attempt 1",
        "end #1 public-keys/credit-card",
        "start #2 credit-card", "send #2 credit-card attempt 1", "failed #2 credit-card OcrServiceException");
  }

  @Test
  void async_calls_each_get_their_own_id_and_their_exchanges_carry_it() {
    List<String> seen = new CopyOnWriteArrayList<>();
    try (OcrClient client = Fixtures.v20(mock.server()).eventListener(recording(seen)).build()) {
      client.publicKey(KeyService.CREDIT_CARD);
      CompletableFuture.allOf(IntStream.range(0, 8)
          .mapToObj(i -> client.scanCreditCardAsync(ImageSource.of(image)))
          .toArray(CompletableFuture[]::new)).join();
    }

    Map<String, List<String>> byCall = seen.stream()
        .collect(Collectors.groupingBy(line -> line.split(" ")[1]));
    assertThat(byCall).hasSize(9);
    IntStream.rangeClosed(2, 9).forEach(id -> assertThat(byCall.get("#" + id)).containsExactly(
        "start #" + id + " credit-card", "send #" + id + " credit-card attempt 1", "end #" + id + " credit-card"));
  }

  @Test
  void a_listener_that_throws_from_call_hooks_changes_neither_the_outcome_nor_what_the_next_one_sees() {
    List<String> seen = new CopyOnWriteArrayList<>();
    try (OcrClient client = Fixtures.v20(mock.server())
        .eventListener(throwingFromCallHooks()).eventListener(recording(seen)).build()) {
      assertThat(client.scanCreditCard(ImageSource.of(image)).number()).isPresent();
      mock.injectFault(Fault.resultCode("credit-card", 1, 4000102));
      assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(image))).isInstanceOf(OcrServiceException.class);
    }

    assertThat(seen).containsExactly("start #1 credit-card",
        "send #1 public-keys/credit-card attempt 1", "send #1 credit-card attempt 1", "end #1 credit-card",
        "start #2 credit-card", "send #2 credit-card attempt 1", "failed #2 credit-card OcrServiceException");
  }

  @Test
  void a_token_request_belongs_to_the_call_that_needed_it_and_the_revocation_at_close_is_call_0() {
    List<String> seen = new CopyOnWriteArrayList<>();
    try (OcrClient client = Fixtures.v21(mock.server()).eventListener(recording(seen)).build()) {
      client.scanCreditCard(ImageSource.of(image));
    }

    assertThat(seen).containsExactly("start #1 credit-card",
        "send #1 token attempt 1", "send #1 public-keys/credit-card attempt 1", "send #1 credit-card attempt 1",
        "end #1 credit-card",
        "start #0 token/revoke", "send #0 token/revoke attempt 1", "end #0 token/revoke");
  }
}
