package io.ocrkit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The CPU time of this JVM's threads added up by group (a name for each thread, given by the
 * caller), so that one process holding both a client and a server can say which side spent what.
 * A thread that ends between two snapshots takes its CPU with it: groups of pooled threads that
 * live across the measurement (the mock's Jetty pool, the HTTP client's) are what this is for.
 */
final class ThreadGroupCpu {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Function<String, String> groupOfName;

  /** {@code groupOfName} names the group of a thread by its name. */
  ThreadGroupCpu(Function<String, String> groupOfName) {
    this.groupOfName = groupOfName;
  }

  /** CPU nanoseconds so far, by group. */
  Map<String, Long> snapshot() {
    Map<String, Long> byGroup = new LinkedHashMap<>();
    for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (info == null) {
        continue; // ended since the ids were read
      }
      long cpu = THREADS.getThreadCpuTime(info.getThreadId());
      if (cpu >= 0) {
        byGroup.merge(groupOfName.apply(info.getThreadName()), cpu, Long::sum);
      }
    }
    return byGroup;
  }

  /** {@code after - before}, by group. */
  static Map<String, Long> since(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> delta = new LinkedHashMap<>();
    after.forEach((group, cpu) -> delta.put(group, cpu - before.getOrDefault(group, 0L)));
    return delta;
  }
}
