package io.ocrkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A bad property fails a real startup with Boot's report naming it and what it accepts, no secret. */
@ExtendWith(OutputCaptureExtension.class)
class OcrPropertyFailureTest {

  static final String SECRET = "s3cr3t-never-printed";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ocrkit.crypto=rot13                   | ocrkit.crypto                 | jca or bouncycastle",
      "ocrkit.retry.max-attempts=0           | ocrkit.retry.max-attempts     | a whole number from 1 to 10",
      "ocrkit.connect-timeout=ten            | ocrkit.connect-timeout        | a positive duration",
      "ocrkit.attempt-timeout=-1s            | ocrkit.attempt-timeout        | a positive duration",
      "ocrkit.validation.confidence-threshold=2 | ocrkit.validation.confidence-threshold | a number from 0 to 1",
      "ocrkit.base-url=not a url             | ocrkit.base-url               | an absolute https URL",
      "ocrkit.user-access-key-id=both        | ocrkit.secret-key             | exactly one of the two"})
  void startup_fails_with_an_analysis_of_the_property(String bad, String property, String accepts,
      CapturedOutput output) {
    SpringApplication app = new SpringApplication(App.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    assertThatThrownBy(() -> app.run("--ocrkit.app-key=app", "--ocrkit.secret-key=" + SECRET, "--" + bad).close())
        .isNotNull();
    assertThat(output.getOut() + output.getErr())
        .contains("APPLICATION FAILED TO START")
        .contains("'" + property + "'")
        .contains(accepts)
        .doesNotContain(SECRET);
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}
}
