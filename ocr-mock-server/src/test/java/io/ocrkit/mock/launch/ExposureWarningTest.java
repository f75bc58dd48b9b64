package io.ocrkit.mock.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.MockOcrServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Binding beyond loopback is the user's choice, made in plain sight: one warning on stderr. */
class ExposureWarningTest {

  private static String startAndCaptureErr(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (MockOcrServer server = MockServerRunner.start(MockServerOptions.parse(args),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))) {
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("listening on");
    }
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void a_non_loopback_binding_warns_once_on_stderr_in_plain_words() {
    String err = startAndCaptureErr("--host", "0.0.0.0", "--port", "0");
    assertThat(err).contains("WARNING").contains("0.0.0.0").contains("other machines")
        .contains("admin API").contains("loopback");
    assertThat(err.split("WARNING", -1)).hasSize(2);
  }

  @Test
  void a_loopback_binding_warns_of_nothing() {
    assertThat(startAndCaptureErr("--port", "0")).isEmpty();
    assertThat(ExposureWarning.text("localhost")).isEmpty();
    assertThat(ExposureWarning.text("::1")).isEmpty();
    assertThat(ExposureWarning.text("127.0.0.2")).isEmpty();
    assertThat(ExposureWarning.text("::")).isPresent();
    assertThat(ExposureWarning.text("192.168.1.20")).isPresent();
  }
}
