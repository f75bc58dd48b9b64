package io.ocrkit.mock.internal.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.protocol.KeyService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordingFormatTest {

  private static final String SHA = "ab".repeat(32);
  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

  private static Recording resident(List<Recording.Outcome> outcomes) {
    return new Recording(KeyService.ID_CARD, SHA, Map.of("idType", "resident", "keyValues", List.of()), 0, outcomes,
        "v2.1", AT, false);
  }

  @Test
  void a_recording_reads_back_as_it_was_written() {
    Recording written = resident(List.of(new Recording.Outcome(0, false, AT), new Recording.Outcome(4000123, null, AT)));

    Recording read = RecordingFormat.read(RecordingFormat.write(written));

    assertThat(read.service()).isEqualTo(KeyService.ID_CARD);
    assertThat(read.sha256()).isEqualTo(SHA);
    assertThat(read.result()).containsEntry("idType", "resident");
    assertThat(read.authenticity()).isEqualTo(written.authenticity());
    assertThat(read.upstreamApiVersion()).isEqualTo("v2.1");
    assertThat(read.recordedAt()).isEqualTo(AT);
    assertThat(read.raw()).isFalse();
  }

  @Test
  void the_replay_verdict_is_the_last_one_seen_and_genuine_when_none_was() {
    assertThat(resident(List.of()).authentic()).isTrue();
    assertThat(resident(List.of(new Recording.Outcome(0, true, AT), new Recording.Outcome(0, false, AT),
        new Recording.Outcome(4000123, null, AT))).authentic()).isFalse();
  }

  @Test
  void a_file_without_a_whole_format_number_is_refused() {
    assertThatThrownBy(() -> RecordingFormat.read("{\"service\":\"credit-card\"}"))
        .hasMessageContaining("'format' must be a whole number");
    assertThatThrownBy(() -> RecordingFormat.read("{\"format\":1.5}")).hasMessageContaining("'format'");
  }

  @Test
  void a_recording_is_checked_as_a_registered_fixture_is() {
    assertThatThrownBy(() -> RecordingFormat.read("{\"format\":1,\"service\":\"id-card\",\"sha256\":\"" + SHA
        + "\",\"resultCode\":0,\"result\":{},\"recordedAt\":\"2026-12-01T10:00:00Z\"}"))
        .hasMessageContaining("'result.idType'");
    assertThatThrownBy(() -> RecordingFormat.read("{\"format\":1,\"service\":\"credit-card\",\"sha256\":\"xyz\","
        + "\"resultCode\":0,\"result\":{},\"recordedAt\":\"2026-12-01T10:00:00Z\"}"))
        .hasMessageContaining("'sha256'");
  }

  @Test
  void the_string_form_names_no_value() {
    assertThat(new Recording(KeyService.CREDIT_CARD, SHA, Map.of("totalCardNum", "4518421234567894"), 0, List.of(),
        "v2.0", AT, true).toString()).doesNotContain("4518");
  }
}
