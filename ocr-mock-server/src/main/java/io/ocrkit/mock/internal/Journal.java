package io.ocrkit.mock.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last requests the mock answered, newest last, capped. An entry holds what a test needs to
 * assert on and nothing secret: no secret key, no symmetric key, no plaintext number.
 */
public final class Journal {

  /** One request, filled in as it is handled. */
  public static final class Entry {
    final String time;
    final String method;
    final String path;
    Integer resultCode;
    String keyVersion;
    String envelope = "none";
    String imageType;
    Long imageSize;

    Entry(String time, String method, String path) {
      this.time = time;
      this.method = method;
      this.path = path;
    }

    public synchronized void keyVersion(String v) {
      keyVersion = v;
    }

    /** {@code opened}, {@code unknown-key-version}, {@code bad-symmetric-key}, {@code undecryptable}. */
    public synchronized void envelope(String outcome) {
      envelope = outcome;
    }

    public synchronized void image(String type, long size) {
      imageType = type;
      imageSize = size;
    }

    public synchronized void resultCode(int code) {
      resultCode = code;
    }

    Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("time", time);
      m.put("method", method);
      m.put("path", path);
      m.put("resultCode", resultCode);
      m.put("keyVersion", keyVersion);
      m.put("envelope", envelope);
      m.put("imageType", imageType);
      m.put("imageSize", imageSize);
      return m;
    }
  }

  private final int capacity;
  private final ArrayDeque<Entry> entries = new ArrayDeque<>();

  public Journal(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("'journalCapacity' must be at least 1");
    }
    this.capacity = capacity;
  }

  public synchronized Entry begin(String time, String method, String path) {
    Entry e = new Entry(time, method, path);
    if (entries.size() == capacity) {
      entries.removeFirst();
    }
    entries.addLast(e);
    return e;
  }

  public List<Map<String, Object>> snapshot() {
    List<Entry> copy;
    synchronized (this) {
      copy = new ArrayList<>(entries);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Entry e : copy) {
      synchronized (e) {
        out.add(e.toMap());
      }
    }
    return out;
  }

  public synchronized void clear() {
    entries.clear();
  }
}
