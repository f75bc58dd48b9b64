package io.ocrkit.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The journal's dashboard facts: latency on the injected ticker, resolution, the masked answer, lookup. */
class JournalTest {

  private final AtomicLong nanos = new AtomicLong(1_000);
  private final Journal journal = new Journal(3, nanos::get);

  @Test
  void the_latency_runs_from_the_start_to_the_first_end() {
    Journal.Entry entry = journal.begin("t", "POST", "/v2.0/appkeys/k/credit-card");
    assertThat(journal.find(0).orElseThrow().latencyMs()).isNull();
    nanos.addAndGet(12_500_000);
    entry.resultCode(0);
    nanos.addAndGet(50_000_000);
    entry.ended();

    assertThat(journal.find(0).orElseThrow().latencyMs()).isEqualTo(12.5);
  }

  @Test
  void an_entry_carries_its_image_resolution_and_masked_answer_and_is_found_by_its_number_until_dropped() {
    Journal.Entry first = journal.begin("t", "POST", "/a");
    first.image("png", 10);
    first.resolution(40, 30);
    first.maskedAnswer("{\"totalCardNum\":\"****1234\"}");
    for (int i = 0; i < 2; i++) {
      journal.begin("t", "POST", "/b");
    }

    Journal.Numbered found = journal.find(0).orElseThrow();
    assertThat(found.resolution()).isEqualTo("40x30");
    assertThat(found.maskedAnswer()).isEqualTo("{\"totalCardNum\":\"****1234\"}");
    assertThat(journal.find(1).orElseThrow().resolution()).isNull();

    journal.begin("t", "POST", "/c");
    assertThat(journal.find(0)).isEmpty();
    assertThat(journal.find(3)).isPresent();
  }
}
