package io.ocrkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.http.OcrClient;
import io.ocrkit.mock.MockOcrServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A whole startup, with Boot's debug report on, prints no credential. */
@ExtendWith(OutputCaptureExtension.class)
class StartupLogTest {

  @Test
  void a_debug_startup_and_a_call_log_no_credential(CapturedOutput output) {
    try (MockOcrServer mock = MockOcrServer.builder().build().start()) {
      SpringApplication app = new SpringApplication(OcrPropertyFailureTest.App.class);
      app.setWebApplicationType(WebApplicationType.NONE);
      try (var context = app.run("--debug", "--logging.level.io.ocrkit=DEBUG", "--ocrkit.app-key=" + mock.appKey(),
          "--ocrkit.secret-key=" + mock.secretKey(), "--ocrkit.base-url=" + mock.baseUrl())) {
        context.getBean(OcrClient.class).publicKey(KeyService.CREDIT_CARD);
      }
      assertThat(output.getAll()).contains("OcrClientAutoConfiguration").doesNotContain(mock.secretKey());
    }
  }
}
