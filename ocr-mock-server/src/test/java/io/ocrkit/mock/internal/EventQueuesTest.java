package io.ocrkit.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;

/** The event stream's bounds: a fixed number of clients, and a slow one dropped, not waited for. */
class EventQueuesTest {

  @Test
  void a_client_whose_queue_is_full_is_dropped_and_told_to_stop_while_the_others_keep_their_events() {
    EventQueues queues = new EventQueues(4, 3);
    BlockingQueue<String> slow = queues.join(List.of("snapshot")).orElseThrow();
    BlockingQueue<String> quick = queues.join(List.of("snapshot")).orElseThrow();
    queues.publish(List.of("a", "b"));
    quick.clear();
    queues.publish(List.of("c"));

    assertThat(slow).containsExactly(EventQueues.END);
    assertThat(quick).containsExactly("c");
    assertThat(queues.size()).isEqualTo(1);
    queues.publish(List.of("d"));
    assertThat(slow).containsExactly(EventQueues.END);
  }

  @Test
  void past_the_cap_a_client_is_refused_until_one_leaves() {
    EventQueues queues = new EventQueues(2, 8);
    BlockingQueue<String> first = queues.join(List.of()).orElseThrow();
    assertThat(queues.join(List.of())).isPresent();
    assertThat(queues.join(List.of())).isEmpty();
    queues.leave(first);
    assertThat(queues.join(List.of())).isPresent();
    queues.closeAll();
    assertThat(queues.isEmpty()).isTrue();
  }
}
