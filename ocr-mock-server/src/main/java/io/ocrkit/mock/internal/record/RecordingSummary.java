package io.ocrkit.mock.internal.record;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What a recording session forwarded, by operation and result code. Thread-safe. */
final class RecordingSummary {

  private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();

  void answered(String operation, int code) {
    answers.computeIfAbsent(operation + " " + code, k -> new LongAdder()).increment();
  }

  /** E.g. {@code recorded 2 image(s) in DIR; forwarded: credit-card 0 x2, id-card 4000121 x1}. */
  String text(Path dir, int images) {
    Map<String, Long> sorted = new TreeMap<>();
    answers.forEach((k, v) -> sorted.put(k, v.sum()));
    StringBuilder out = new StringBuilder("recorded " + images + " image(s) in " + dir + "; forwarded: ");
    if (sorted.isEmpty()) {
      return out.append("nothing").toString();
    }
    String sep = "";
    for (Map.Entry<String, Long> e : sorted.entrySet()) {
      out.append(sep).append(e.getKey()).append(" x").append(e.getValue());
      sep = ", ";
    }
    return out.toString();
  }
}
