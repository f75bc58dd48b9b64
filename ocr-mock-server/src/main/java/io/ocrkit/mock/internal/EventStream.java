package io.ocrkit.mock.internal;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /mock/v1/events}: server-sent events of the journal and the state. Bounded: at most
 * {@link #MAX_CLIENTS} clients, each with a queue of {@link #QUEUE} events; a client that reads
 * too slowly to keep its queue from filling is dropped (it reconnects and gets a fresh snapshot).
 * One ticker polls the journal, so a burst of scans costs one event per tick, not one per scan.
 */
final class EventStream {

  static final int MAX_CLIENTS = 8;
  static final int QUEUE = 64;
  private static final long TICK_MS = 250;
  // An entry still without a result after this many ticks (a delayed fault) is sent as it is.
  private static final int PATIENCE_TICKS = 8;

  private final MockState state;
  private final EventQueues clients = new EventQueues(MAX_CLIENTS, QUEUE);
  private final Set<Long> sentAbove = new HashSet<>();
  private final Map<Long, Integer> waiting = new java.util.HashMap<>();
  private long sentUpTo = -1;
  private long generation;
  private String lastState = "";

  EventStream(MockState state, ScheduledExecutorService timer) {
    this.state = state;
    timer.scheduleWithFixedDelay(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
  }

  void serve(Context ctx) throws IOException {
    Optional<BlockingQueue<String>> joined;
    synchronized (this) {
      List<Object> rows = new ArrayList<>();
      state.journal().after(-1).forEach(n -> rows.add(JournalRows.row(n)));
      joined = clients.join(List.of(event("snapshot", Json.write(rows)), event("state", Json.write(StateView.of(state)))));
    }
    if (joined.isEmpty()) {
      ctx.status(503).contentType("application/json").result("{\"error\":\"too many event clients\"}");
      return;
    }
    BlockingQueue<String> queue = joined.get();
    ctx.status(200).contentType("text/event-stream").header("Cache-Control", "no-store");
    OutputStream out = ctx.res().getOutputStream();
    try {
      while (true) {
        String ev = queue.poll(10, TimeUnit.SECONDS);
        if (EventQueues.END.equals(ev)) {
          return;
        }
        // A comment line when idle: keeps the connection alive, and finds a client that has gone.
        out.write((ev == null ? ": idle\n\n" : ev).getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      clients.leave(queue);
    }
  }

  /** The server stops: every stream ends now rather than at its next idle poll. */
  void close() {
    clients.closeAll();
  }

  int clients() {
    return clients.size();
  }

  private synchronized void tick() {
    // Nobody listening: nothing to do. A client that connects gets a snapshot, and the next tick
    // sends what came since the last one sent (the page drops what it already has).
    if (clients.isEmpty()) {
      return;
    }
    try {
      List<String> events = new ArrayList<>();
      long g = state.journal().generation();
      if (g != generation) {
        generation = g;
        sentUpTo = -1;
        sentAbove.clear();
        waiting.clear();
        events.add(event("reset", "{}"));
      }
      List<Object> rows = new ArrayList<>();
      Set<Long> seen = new HashSet<>();
      for (Journal.Numbered n : state.journal().after(sentUpTo)) {
        seen.add(n.seq());
        if (sentAbove.contains(n.seq())) {
          continue;
        }
        int waited = waiting.merge(n.seq(), 1, Integer::sum);
        if (n.entry().resultCode() != null || waited > PATIENCE_TICKS) {
          rows.add(JournalRows.row(n));
          sentAbove.add(n.seq());
          waiting.remove(n.seq());
        }
      }
      // An entry the journal dropped at its cap while it waited will never complete.
      waiting.keySet().retainAll(seen);
      while (sentAbove.remove(sentUpTo + 1)) {
        sentUpTo++;
      }
      // Entries the journal dropped at its cap never complete the run: skip past them.
      if (waiting.isEmpty() && !sentAbove.isEmpty()) {
        sentUpTo = sentAbove.stream().max(Long::compare).orElse(sentUpTo);
        sentAbove.clear();
      }
      if (!rows.isEmpty()) {
        events.add(event("entries", Json.write(rows)));
      }
      String s = Json.write(StateView.of(state));
      if (!rows.isEmpty() || !s.equals(lastState)) {
        lastState = s;
        events.add(event("state", s));
      }
      clients.publish(events);
    } catch (RuntimeException e) {
      // A tick that failed is retried by the next one; the ticker must not die.
    }
  }

  private static String event(String name, String data) {
    return "event: " + name + "\ndata: " + data + "\n\n";
  }
}
