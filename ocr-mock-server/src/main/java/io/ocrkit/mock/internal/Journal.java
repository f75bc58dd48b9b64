package io.ocrkit.mock.internal;

import io.ocrkit.mock.JournalEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The last requests the mock answered, newest last, capped. An entry holds what a test needs to
 * assert on and nothing secret: no secret key, no symmetric key, no plaintext number. The answer an
 * entry keeps for the dashboard is masked before it is handed in ({@link AnswerMask}).
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
    private int imageWidth;
    private int imageHeight;
    private String maskedAnswer;
    private final long startedNanos;
    private final LongSupplier ticker;
    private long latencyNanos = -1;
    private String wrappedKeyFingerprint;
    private String payloadFingerprint;

    Entry(long seq, String time, String method, String path, LongSupplier ticker) {
      this.seq = seq;
      this.time = time;
      this.method = method;
      this.path = path;
      this.ticker = ticker;
      this.startedNanos = ticker.getAsLong();
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

    /** The image's dimensions as its header gives them; 0 when it does not say. */
    public synchronized void resolution(int width, int height) {
      imageWidth = width;
      imageHeight = height;
    }

    /** The code answered; the request's latency ends here. */
    public synchronized void resultCode(int code) {
      resultCode = code;
      ended();
    }

    /** The request got its answer (or its fault) now; a later call keeps the first time. */
    public synchronized void ended() {
      if (latencyNanos < 0) {
        latencyNanos = ticker.getAsLong() - startedNanos;
      }
    }

    /**
     * The answer's {@code result} as the dashboard shows it, already masked (JSON text, so that a
     * full journal costs its text, not a tree of maps per entry).
     */
    public synchronized void maskedAnswer(String json) {
      maskedAnswer = json;
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
      return new Numbered(seq, toRecord(), fault, latencyNanos < 0 ? null : Math.round(latencyNanos / 10_000.0) / 100.0,
          imageType == null ? null : imageWidth + "x" + imageHeight, maskedAnswer);
    }

    synchronized JournalEntry toRecord() {
      return new JournalEntry(time, method, path, resultCode, keyVersion, envelope, imageType, imageSize,
          imagePart, missingHeader, imagePartType, imagePartFileName,
          imagePartType != null && !imagePartType.strip().toLowerCase(java.util.Locale.ROOT).startsWith("image/"),
          wrappedKeyFingerprint, payloadFingerprint);
    }
  }

  /**
   * An entry with its place in the order of arrival and what the dashboard shows besides the
   * record: the fault it met, its latency in milliseconds, the image's {@code WIDTHxHEIGHT}, the
   * masked answer (JSON); each null when there is none (yet).
   */
  public record Numbered(long seq, JournalEntry entry, String fault, Double latencyMs, String resolution,
      String maskedAnswer) {}

  private final int capacity;
  private final LongSupplier ticker;
  private long next;
  private long generation;
  private final ArrayDeque<Entry> entries = new ArrayDeque<>();

  public Journal(int capacity) {
    this(capacity, System::nanoTime);
  }

  /** With the ticker latencies are measured on, in nanoseconds. */
  public Journal(int capacity, LongSupplier ticker) {
    if (capacity < 1) {
      throw new IllegalArgumentException("'journalCapacity' must be at least 1");
    }
    this.capacity = capacity;
    this.ticker = java.util.Objects.requireNonNull(ticker, "ticker == null");
  }

  public synchronized Entry begin(String time, String method, String path) {
    Entry e = new Entry(next++, time, method, path, ticker);
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

  /** The entry numbered {@code seq}, if the journal still holds it. */
  public Optional<Numbered> find(long seq) {
    Entry found = null;
    synchronized (this) {
      for (Entry e : entries) {
        if (e.seq == seq) {
          found = e;
          break;
        }
      }
    }
    return Optional.ofNullable(found).map(Entry::numbered);
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
