package io.ocrkit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.Finding;
import io.ocrkit.core.model.Finding.Severity;
import org.junit.jupiter.api.Test;

class FindingsTest {

  @Test
  void a_check_that_throws_becomes_a_notice_without_the_exceptions_message() {
    Findings out = new Findings();
    out.run(() -> {
      throw new IllegalStateException("value 4111111111111111");
    });
    assertThat(out.toList()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.CHECK_FAILED);
      assertThat(f.severity()).isEqualTo(Severity.NOTICE);
      assertThat(f.message()).doesNotContain("4111");
    });
  }

  @Test
  void checks_after_a_failed_one_still_run() {
    Findings out = new Findings();
    out.run(() -> {
      throw new IllegalStateException();
    });
    out.run(() -> out.error("X", "f", "m"));
    assertThat(out.toList()).extracting(Finding::code).containsExactly(FindingCodes.CHECK_FAILED, "X");
  }
}
