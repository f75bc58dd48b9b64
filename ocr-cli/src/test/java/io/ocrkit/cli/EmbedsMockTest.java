package io.ocrkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which command lines start the mock's warm-up: those that start a mock in the ocr JVM. */
class EmbedsMockTest {

  @Test
  void a_scan_with_mock_the_mock_command_and_the_demo_embed_a_mock() {
    assertThat(OcrCommand.embedsMock("scan", "credit-card", "--mock", "card.png")).isTrue();
    assertThat(OcrCommand.embedsMock("mock", "--port", "8080")).isTrue();
    assertThat(OcrCommand.embedsMock("demo")).isTrue();
  }

  @Test
  void the_version_a_scan_against_a_service_and_no_command_do_not() {
    assertThat(OcrCommand.embedsMock("--version")).isFalse();
    assertThat(OcrCommand.embedsMock("scan", "credit-card", "card.png", "--app-key", "k")).isFalse();
    assertThat(OcrCommand.embedsMock()).isFalse();
  }
}
