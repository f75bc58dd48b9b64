package io.ocrkit.spring.boot.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.spring.boot.OcrClientAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The indicator in a real context: UP against a running mock, DOWN once it stops, cached between. */
class OcrHealthIndicatorTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(OcrClientAutoConfiguration.class, OcrActuatorAutoConfiguration.class));

  private static String[] pointAt(MockOcrServer mock, String ttl) {
    return new String[] {"ocrkit.app-key=" + mock.appKey(), "ocrkit.secret-key=" + mock.secretKey(),
        "ocrkit.base-url=" + mock.baseUrl(), "ocrkit.health.cache-ttl=" + ttl, "ocrkit.retry.max-attempts=1"};
  }

  @Test
  void up_while_the_keys_can_be_fetched_and_down_once_the_service_is_gone() {
    MockOcrServer mock = MockOcrServer.builder().build().start();
    runner.withPropertyValues(pointAt(mock, "0s")).run(context -> {
      OcrHealthIndicator health = context.getBean("ocrkitHealthIndicator", OcrHealthIndicator.class);
      var up = health.health();
      assertThat(up.getStatus()).isEqualTo(Status.UP);
      assertThat(up.getDetails()).containsKey("keyVersions");
      assertThat(mock.requests()).allMatch(e -> e.path().contains("/public-keys/")).hasSize(2);
      mock.close();
      var down = health.health();
      assertThat(down.getStatus()).isEqualTo(Status.DOWN);
      assertThat(down.getDetails().get("error").toString()).contains("OcrTransportException")
          .doesNotContain(mock.appKey());
    });
  }

  @Test
  void a_probe_within_the_cache_ttl_does_not_call_the_service() {
    try (MockOcrServer mock = MockOcrServer.builder().build().start()) {
      runner.withPropertyValues(pointAt(mock, "1h")).run(context -> {
        OcrHealthIndicator health = context.getBean(OcrHealthIndicator.class);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        int fetched = mock.requests().size();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(mock.requests()).hasSize(fetched);
      });
    }
  }

  @Test
  void health_can_be_switched_off_like_any_indicator() {
    try (MockOcrServer mock = MockOcrServer.builder().build().start()) {
      runner.withPropertyValues(pointAt(mock, "0s")).withPropertyValues("management.health.ocrkit.enabled=false")
          .run(context -> assertThat(context).doesNotHaveBean(OcrHealthIndicator.class));
    }
  }
}
