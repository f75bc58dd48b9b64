package io.ocrkit.mock.internal;

import io.ocrkit.mock.JournalEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The last requests the mock answered, newest last, capped. An entry holds what a test needs to
 * assert on and nothing secret: no secret key, no symmetric key, no plaintext number.
 */
public final class Journal {

  /** One request, filled in as it is handled. */
  public static final class Entry {
    private final long seq;
    private final String time;
    private final String method;
    private final String path;
    private Integer resultCode;
    private String keyVersion;
    private String envelope = "none";
    private String imageType;
    private Long imageSize;
    private String missingHeader;
    private String imagePart;
    private String imagePartType;
    private String imagePartFileName;
    private String fault;
    private String wrappedKeyFingerprint;
    private String payloadFingerprint;

    Entry(long seq, String time, String method, String path) {
      this.seq = seq;
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

    /** {@code raw} ciphertext or its {@code base64} text, as the image part was sent. */
    public synchronized void imagePart(String encoding) {
      imagePart = encoding;
    }

    /** What the image part declared about itself: its type and file name, as sent. */
    public synchronized void imagePartHeaders(String type, String fileName) {
      imagePartType = type;
      imagePartFileName = fileName;
    }

    /** The header name only: a missing header has no value to leak. */
    public synchronized void missingHeader(String name) {
      missingHeader = name;
    }

    /** The injected fault this request met, as the dashboard names it. */
    public synchronized void fault(String description) {
      fault = description;
    }

    /** Public bytes of the envelope, hashed: they tell envelopes apart without holding a key. */
    public synchronized void fingerprints(String wrappedKey, String payload) {
      if (wrappedKey != null) {
        wrappedKeyFingerprint = wrappedKey;
      }
      if (payload != null) {
        payloadFingerprint = payload;
      }
    }

    synchronized Numbered numbered() {
      return new Numbered(seq, toRecord(), fault);
    }

    synchronized JournalEntry toRecord() {
      return new JournalEntry(time, method, path, resultCode, keyVersion, envelope, imageType, imageSize,
          imagePart, missingHeader, imagePartType, imagePartFileName,
          imagePartType != null && !imagePartType.strip().toLowerCase(java.util.Locale.ROOT).startsWith("image/"),
          wrappedKeyFingerprint, payloadFingerprint);
    }
  }

  /** An entry with its place in the order of arrival and the fault it met, for the event stream. */
  public record Numbered(long seq, JournalEntry entry, String fault) {}

  private final int capacity;
  private long next;
  private long generation;
  private final ArrayDeque<Entry> entries = new ArrayDeque<>();

  public Journal(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("'journalCapacity' must be at least 1");
    }
    this.capacity = capacity;
  }

  public synchronized Entry begin(String time, String method, String path) {
    Entry e = new Entry(next++, time, method, path);
    if (entries.size() == capacity) {
      entries.removeFirst();
    }
    entries.addLast(e);
    return e;
  }

  public List<JournalEntry> snapshot() {
    List<Entry> copy;
    synchronized (this) {
      copy = new ArrayList<>(entries);
    }
    List<JournalEntry> out = new ArrayList<>(copy.size());
    for (Entry e : copy) {
      out.add(e.toRecord());
    }
    return List.copyOf(out);
  }

  /** The entries that came after {@code seq}, oldest first. */
  public List<Numbered> after(long seq) {
    List<Entry> copy = new ArrayList<>();
    synchronized (this) {
      for (var it = entries.descendingIterator(); it.hasNext(); ) {
        Entry e = it.next();
        if (e.seq <= seq) {
          break;
        }
        copy.add(e);
      }
    }
    List<Numbered> out = new ArrayList<>(copy.size());
    for (int i = copy.size() - 1; i >= 0; i--) {
      out.add(copy.get(i).numbered());
    }
    return out;
  }

  public synchronized int size() {
    return entries.size();
  }

  /** Changes at every {@link #clear()}: a reader holding older entries drops them. */
  public synchronized long generation() {
    return generation;
  }

  public synchronized void clear() {
    entries.clear();
    generation++;
  }
}
