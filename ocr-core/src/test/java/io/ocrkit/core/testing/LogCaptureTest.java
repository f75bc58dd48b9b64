package io.ocrkit.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class LogCaptureTest {

  // Strong reference, as in LogCapture: a collected logger would forget the level under test.
  private static final Logger LOGGER = Logger.getLogger("io.ocrkit.core.testing.capture");

  @Test
  void a_record_becomes_one_line_with_its_logger_message_parameters_and_whole_throwable_chain() {
    LogCapture capture = LogCapture.of(LOGGER.getName());
    IllegalStateException cause = new IllegalStateException("inner");
    RuntimeException thrown = new RuntimeException("outer", cause);
    cause.addSuppressed(new IllegalArgumentException("hidden"));

    capture.beforeEach(null);
    try {
      LOGGER.log(Level.FINEST, "sent {0} in {1}", new Object[] {"scan", 12});
      LOGGER.log(Level.FINE, "failed", thrown);
    } finally {
      capture.afterEach(null);
    }

    assertThat(capture.lines()).containsExactly(
        "io.ocrkit.core.testing.capture: sent {0} in {1} scan 12",
        "io.ocrkit.core.testing.capture: failed java.lang.RuntimeException: outer"
            + " java.lang.IllegalStateException: inner suppressed java.lang.IllegalArgumentException: hidden");
  }

  @Test
  void after_the_test_the_logger_has_its_level_back_and_nothing_more_is_captured() {
    LOGGER.setLevel(Level.WARNING);
    LogCapture capture = LogCapture.of(LOGGER.getName());

    capture.beforeEach(null);
    assertThat(LOGGER.getLevel()).isEqualTo(Level.ALL);
    capture.afterEach(null);
    LOGGER.warning("after");

    assertThat(LOGGER.getLevel()).isEqualTo(Level.WARNING);
    assertThat(LOGGER.getHandlers()).isEmpty();
    assertThat(capture.lines()).isEmpty();
    LOGGER.setLevel(null);
  }
}
