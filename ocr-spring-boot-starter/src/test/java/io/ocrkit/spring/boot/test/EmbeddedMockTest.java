package io.ocrkit.spring.boot.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.http.OcrClient;
import io.ocrkit.mock.MockAdmin;
import io.ocrkit.spring.boot.InvalidOcrPropertyException;
import io.ocrkit.spring.boot.OcrClientAutoConfiguration;
import io.ocrkit.spring.boot.mock.EmbeddedMockOcrAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** ocrkit.mock.enabled: one WARN line, a working client without any key, refused under "prod". */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedMockTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(EmbeddedMockOcrAutoConfiguration.class, OcrClientAutoConfiguration.class))
      .withPropertyValues("ocrkit.mock.enabled=true");

  @Test
  void the_client_calls_the_embedded_mock_and_one_warn_line_says_so(CapturedOutput output) {
    runner.run(context -> {
      assertThat(context).hasSingleBean(MockAdmin.class);
      assertThat(context.getBean(OcrClient.class).publicKey(KeyService.CREDIT_CARD).version()).isNotBlank();
    });
    assertThat(output.getAll().lines().filter(l -> l.contains("embedded mock OCR service"))).hasSize(1)
        .allMatch(l -> l.contains("WARN"));
  }

  @Test
  void a_prod_profile_refuses_the_mock() {
    runner.withPropertyValues("spring.profiles.active=prod").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().isInstanceOf(InvalidOcrPropertyException.class)
          .hasMessageContaining("ocrkit.mock.enabled").hasMessageContaining("'prod' profile");
    });
  }
}
