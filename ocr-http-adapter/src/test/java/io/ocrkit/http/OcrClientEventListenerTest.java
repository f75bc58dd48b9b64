package io.ocrkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.ImageSource;
import io.ocrkit.mock.Fault;
import io.ocrkit.mock.MockOcrExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OcrClientEventListenerTest {

  @RegisterExtension
  static final MockOcrExtension mock = new MockOcrExtension();

  private byte[] image;

  @BeforeEach
  void start() {
    image = Fixtures.cardImage(mock, "listeners");
  }

  /** Writes what it sees as "<name> <hook> <operation> [<code or error>]". */
  private static OcrEventListener recording(String name, List<String> seen) {
    return new OcrEventListener() {
      @Override
      public void beforeSend(Exchange exchange) {
        seen.add(name + "before " + exchange.operation());
      }

      @Override
      public void afterAnswer(Exchange exchange, int httpStatus, Integer resultCode, Duration elapsed) {
        seen.add(name + "answer " + exchange.operation() + " " + resultCode);
      }

      @Override
      public void onError(Exchange exchange, RuntimeException error, Duration elapsed) {
        seen.add(name + "error " + exchange.operation() + " " + error.getClass().getSimpleName());
      }
    };
  }

  private static OcrEventListener throwingEverywhere() {
    return new OcrEventListener() {
      @Override
      public void beforeSend(Exchange exchange) {
        throw new IllegalStateException("metrics backend down");
      }

      @Override
      public void afterAnswer(Exchange exchange, int httpStatus, Integer resultCode, Duration elapsed) {
        throw new IllegalStateException("metrics backend down");
      }

      @Override
      public void onError(Exchange exchange, RuntimeException error, Duration elapsed) {
        throw new IllegalStateException("metrics backend down");
      }
    };
  }

  @Test
  void the_listener_sees_each_attempt_and_its_outcome() {
    List<String> seen = new CopyOnWriteArrayList<>();
    mock.injectFault(Fault.gatewayPage("credit-card", 1, 502));
    try (OcrClient observed = Fixtures.v20(mock.server()).eventListener(recording("", seen)).build()) {
      observed.scanCreditCard(ImageSource.of(image));
    }

    assertThat(seen).containsExactly(
        "before public-keys/credit-card", "answer public-keys/credit-card 0",
        "before credit-card", "error credit-card OcrTransportException",
        "before credit-card", "answer credit-card 0");
  }

  @Test
  void a_listener_that_throws_does_not_change_the_outcome() {
    OcrEventListener broken = new OcrEventListener() {
      @Override
      public void beforeSend(Exchange exchange) {
        throw new IllegalStateException("metrics backend down");
      }
    };
    try (OcrClient observed = Fixtures.v20(mock.server()).eventListener(broken).build()) {
      assertThat(observed.scanCreditCard(ImageSource.of(image)).number()).isPresent();
    }
  }

  @Test
  void several_listeners_each_see_every_event_in_the_order_they_were_added() {
    List<String> seen = new CopyOnWriteArrayList<>();
    try (OcrClient observed = Fixtures.v20(mock.server())
        .eventListener(recording("first ", seen)).eventListener(recording("second ", seen)).build()) {
      observed.scanCreditCard(ImageSource.of(image));
    }

    assertThat(seen).containsExactly(
        "first before public-keys/credit-card", "second before public-keys/credit-card",
        "first answer public-keys/credit-card 0", "second answer public-keys/credit-card 0",
        "first before credit-card", "second before credit-card",
        "first answer credit-card 0", "second answer credit-card 0");
  }

  @Test
  void a_listener_that_throws_does_not_keep_the_next_one_from_seeing_the_event() {
    List<String> seen = new CopyOnWriteArrayList<>();
    mock.injectFault(Fault.gatewayPage("credit-card", 1, 502));
    try (OcrClient observed = Fixtures.v20(mock.server())
        .eventListener(throwingEverywhere()).eventListener(recording("", seen)).build()) {
      assertThat(observed.scanCreditCard(ImageSource.of(image)).number()).isPresent();
    }

    assertThat(seen).containsExactly(
        "before public-keys/credit-card", "answer public-keys/credit-card 0",
        "before credit-card", "error credit-card OcrTransportException",
        "before credit-card", "answer credit-card 0");
  }

  @Test
  void event_listeners_replaces_the_listeners_added_before() {
    List<String> dropped = new CopyOnWriteArrayList<>();
    List<String> kept = new CopyOnWriteArrayList<>();
    try (OcrClient observed = Fixtures.v20(mock.server()).eventListener(recording("", dropped))
        .eventListeners(List.of(recording("", kept))).build()) {
      observed.scanCreditCard(ImageSource.of(image));
    }

    assertThat(dropped).isEmpty();
    assertThat(kept).hasSize(4);
  }

  @Test
  void an_exchange_names_its_path_with_the_app_key_left_out() {
    List<OcrEventListener.Exchange> exchanges = new CopyOnWriteArrayList<>();
    OcrEventListener capturing = new OcrEventListener() {
      @Override
      public void beforeSend(Exchange exchange) {
        exchanges.add(exchange);
      }
    };
    try (OcrClient observed = Fixtures.v20(mock.server()).eventListener(capturing).build()) {
      observed.scanCreditCard(ImageSource.of(image));
    }

    OcrEventListener.Call scan = new OcrEventListener.Call(1, "credit-card");
    assertThat(exchanges).containsExactly(
        new OcrEventListener.Exchange(scan, 1, "public-keys/credit-card", "GET",
            "/v2.0/appkeys/{appKey}/public-keys/credit-card"),
        new OcrEventListener.Exchange(scan, 1, "credit-card", "POST", "/v2.0/appkeys/{appKey}/credit-card"));
    assertThat(exchanges).allSatisfy(e -> assertThat(e.toString()).doesNotContain(mock.server().appKey()));
  }

  @Test
  void a_token_exchange_names_the_token_path() {
    List<OcrEventListener.Exchange> exchanges = new CopyOnWriteArrayList<>();
    OcrEventListener capturing = new OcrEventListener() {
      @Override
      public void beforeSend(Exchange exchange) {
        exchanges.add(exchange);
      }
    };
    try (OcrClient observed = Fixtures.v21(mock.server()).eventListener(capturing).build()) {
      observed.scanCreditCard(ImageSource.of(image));
    }

    assertThat(exchanges).first().isEqualTo(
        new OcrEventListener.Exchange(new OcrEventListener.Call(1, "credit-card"), 1, "token", "POST",
            Fixtures.tokenUrl(mock.server()).getRawPath()));
    assertThat(exchanges).extracting(OcrEventListener.Exchange::pathTemplate)
        .contains("/v2.1/appkeys/{appKey}/credit-card")
        .allSatisfy(path -> assertThat(path).doesNotContain(mock.server().appKey()));
  }
}
