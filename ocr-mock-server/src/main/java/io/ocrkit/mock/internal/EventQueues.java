package io.ocrkit.mock.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The event stream's clients, each a bounded queue of events to write: at most {@code maxClients},
 * and a client whose queue is full when an event comes is dropped, so a slow reader costs a fixed
 * amount of memory and never holds up the others. Thread-safe.
 */
final class EventQueues {

  /** What a dropped or closed queue yields: the writer stops at it. */
  static final String END = "";

  private final int maxClients;
  private final int capacity;
  private final List<BlockingQueue<String>> queues = new CopyOnWriteArrayList<>();

  EventQueues(int maxClients, int capacity) {
    this.maxClients = maxClients;
    this.capacity = capacity;
  }

  /** A new client's queue holding {@code first}, or empty when there are clients enough already. */
  synchronized Optional<BlockingQueue<String>> join(List<String> first) {
    if (queues.size() >= maxClients || first.size() > capacity) {
      return Optional.empty();
    }
    BlockingQueue<String> q = new ArrayBlockingQueue<>(capacity);
    q.addAll(first);
    queues.add(q);
    return Optional.of(q);
  }

  void leave(BlockingQueue<String> q) {
    queues.remove(q);
  }

  void publish(List<String> events) {
    for (BlockingQueue<String> q : queues) {
      for (String ev : events) {
        if (!q.offer(ev)) {
          drop(q);
          break;
        }
      }
    }
  }

  boolean isEmpty() {
    return queues.isEmpty();
  }

  int size() {
    return queues.size();
  }

  void closeAll() {
    queues.forEach(this::drop);
  }

  private void drop(BlockingQueue<String> q) {
    queues.remove(q);
    q.clear();
    q.offer(END);
  }
}
