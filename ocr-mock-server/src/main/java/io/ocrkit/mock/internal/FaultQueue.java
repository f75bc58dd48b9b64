package io.ocrkit.mock.internal;

import io.ocrkit.mock.Fault;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/** Injected faults in the order they were added, each for its number of calls. Thread-safe. */
public final class FaultQueue {

  private final List<Active> faults = new ArrayList<>();

  public synchronized void add(Fault fault) {
    faults.add(new Active(fault));
  }

  /** Takes one use of the first fault for this endpoint, if any. */
  public synchronized Optional<Fault> take(String endpoint) {
    for (Iterator<Active> it = faults.iterator(); it.hasNext(); ) {
      Active f = it.next();
      if (f.fault.endpoint().equals(endpoint)) {
        if (--f.remaining == 0) {
          it.remove();
        }
        return Optional.of(f.fault);
      }
    }
    return Optional.empty();
  }

  /** The queued faults in order, with the uses each has left. */
  public synchronized List<Map<String, Object>> describe() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Active a : faults) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("endpoint", a.fault.endpoint());
      m.put("remaining", a.remaining);
      m.put("resultCode", a.fault.resultCode());
      m.put("kind", a.fault.kind() == null ? null : a.fault.kind().name());
      m.put("delayMs", a.fault.delayMs());
      out.add(m);
    }
    return out;
  }

  public synchronized void clear() {
    faults.clear();
  }

  private static final class Active {
    final Fault fault;
    int remaining;

    Active(Fault fault) {
      this.fault = fault;
      this.remaining = fault.times();
    }
  }
}
