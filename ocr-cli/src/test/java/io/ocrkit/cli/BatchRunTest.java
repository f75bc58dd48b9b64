package io.ocrkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The window and the stop, against a scanner whose scans end when the test says (on the test's thread). */
class BatchRunTest {


  private static List<Path> files(int n) {
    return IntStream.range(0, n).mapToObj(i -> Path.of("f" + i + ".png")).toList();
  }

  /** Each scan's future, kept open until the consumer (on the run's thread) completes some. */
  private static final class Pending {
    final Map<Path, CompletableFuture<Map<String, Object>>> open = new ConcurrentHashMap<>();
    final AtomicInteger inFlight = new AtomicInteger();
    volatile int mostInFlight;

    CompletableFuture<Map<String, Object>> scan(Path file) {
      mostInFlight = Math.max(mostInFlight, inFlight.incrementAndGet());
      CompletableFuture<Map<String, Object>> f = new CompletableFuture<>();
      open.put(file, f);
      return f;
    }

    /** Ends every open scan, as if the service answered all of them. */
    void answerAll() {
      for (Path file : List.copyOf(open.keySet())) {
        CompletableFuture<Map<String, Object>> f = open.remove(file);
        inFlight.decrementAndGet();
        f.complete(Map.of("file", file.toString()));
      }
    }
  }

  @Test
  void never_more_than_the_window_is_in_flight_and_every_file_ends_once() {
    Pending pending = new Pending();
    List<Path> ended = new ArrayList<>();
    Thread runner = Thread.currentThread();
    BatchRun run = new BatchRun(3, file -> {
      CompletableFuture<Map<String, Object>> f = pending.scan(file);
      if (pending.open.size() == 3 || file.toString().equals("f9.png")) {
        // Answered only once the run waits: a run that would start a fourth has done so by then.
        CompletableFuture.runAsync(() -> {
          while (runner.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
          }
          pending.answerAll();
        });
      }
      return f;
    });

    int started = run.run(files(10), outcome -> ended.add(outcome.file()));

    assertThat(pending.mostInFlight).isEqualTo(3);
    assertThat(started).isEqualTo(10);
    assertThat(ended).containsExactlyInAnyOrderElementsOf(files(10));
  }

  @Test
  void a_stop_starts_nothing_more_and_still_hands_over_the_scans_in_flight() {
    Pending pending = new Pending();
    List<BatchRun.Outcome> ended = new ArrayList<>();
    BatchRun[] run = new BatchRun[1];
    run[0] = new BatchRun(4, file -> {
      CompletableFuture<Map<String, Object>> f = pending.scan(file);
      if (pending.open.size() == 4) {
        // Ctrl-C while four are in flight: the hook stops the run, then the answers come in.
        run[0].stop();
        CompletableFuture.runAsync(pending::answerAll);
      }
      return f;
    });

    int started = run[0].run(files(100), ended::add);

    assertThat(run[0].stopped()).isTrue();
    assertThat(started).isEqualTo(4);
    assertThat(ended).hasSize(4).allSatisfy(o -> assertThat(o.result()).isNotNull());
  }

  @Test
  void a_failed_scan_ends_with_its_cause_unwrapped_and_a_scanner_that_throws_is_a_failure_too() {
    IllegalStateException cause = new IllegalStateException("boom");
    List<BatchRun.Outcome> ended = new ArrayList<>();
    BatchRun run = new BatchRun(2, file -> {
      if (file.toString().equals("f0.png")) {
        throw cause;
      }
      return CompletableFuture.supplyAsync(() -> {
        throw cause;
      });
    });

    run.run(files(2), ended::add);

    assertThat(ended).hasSize(2).allSatisfy(o -> {
      assertThat(o.failure()).isSameAs(cause);
      assertThat(o.result()).isNull();
    });
  }

  @Test
  void an_interrupt_stops_the_run_and_keeps_the_flag() {
    List<BatchRun.Outcome> ended = new ArrayList<>();
    BatchRun run = new BatchRun(1, file -> {
      Thread.currentThread().interrupt();
      return CompletableFuture.completedFuture(Map.of());
    });

    int started = run.run(files(5), ended::add);

    assertThat(Thread.interrupted()).isTrue();
    assertThat(started).isEqualTo(1);
    assertThat(ended).hasSize(1);
  }
}
