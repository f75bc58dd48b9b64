package io.ocrkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On a fake ticker that the pacer's sleeps advance: when each scan would start. */
class RatePacerTest {

  private long now = 1_000_000_000L;
  private final List<Long> sleeps = new ArrayList<>();

  private RatePacer pacer(double perSecond) {
    return new RatePacer(perSecond, () -> now, nanos -> {
      sleeps.add(nanos);
      now += nanos;
    });
  }

  @Test
  void scans_start_one_interval_apart_with_no_burst() throws InterruptedException {
    RatePacer pacer = pacer(4);
    List<Long> starts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      pacer.acquire();
      starts.add(now);
    }

    assertThat(starts).containsExactly(1_000_000_000L, 1_250_000_000L, 1_500_000_000L, 1_750_000_000L,
        2_000_000_000L);
  }

  @Test
  void time_spent_elsewhere_counts_towards_the_interval() throws InterruptedException {
    RatePacer pacer = pacer(2);
    pacer.acquire();
    now += 300_000_000L;
    pacer.acquire();

    assertThat(sleeps).containsExactly(200_000_000L);
  }

  @Test
  void an_idle_pacer_does_not_save_up_a_burst() throws InterruptedException {
    RatePacer pacer = pacer(10);
    pacer.acquire();
    now += 5_000_000_000L;
    pacer.acquire();
    pacer.acquire();

    assertThat(sleeps).containsExactly(100_000_000L);
  }

  @Test
  void without_a_rate_nothing_waits() throws InterruptedException {
    RatePacer pacer = RatePacer.of(null);
    for (int i = 0; i < 1000; i++) {
      pacer.acquire();
    }
    assertThat(sleeps).isEmpty();
  }
}
