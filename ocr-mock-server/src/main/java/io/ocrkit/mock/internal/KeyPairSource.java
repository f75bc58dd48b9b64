package io.ocrkit.mock.internal;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Where the mock's RSA key pairs and key versions come from. RSA-2048 generation takes tens of
 * milliseconds (a third of a second in a cold JVM), so a started mock makes its first pairs in the
 * background rather than on the first request, and pairs a reset or a stopped mock let go are
 * handed out again; a version string is handed out once per JVM, so a request sealed under a
 * version from before a reset always answers 4000301 (unknown version), never 4000302 (a known
 * version whose key does not open it).
 */
public interface KeyPairSource {

  /** A key pair no live key ring holds; may be a recycled one. */
  KeyPair take();

  /** Gives back pairs no key ring uses any more, for reuse. */
  void recycle(Iterable<KeyPair> pairs);

  /** A version string never handed out before in this JVM. */
  String nextVersion();

  /**
   * Starts making pairs in the background until {@code count} are spare (counting those under way),
   * and returns at once. A source without a pool ignores it.
   */
  default void prefill(int count) {}

  /** The process-wide source every mock shares unless given another. */
  static KeyPairSource shared() {
    return Pooled.SHARED;
  }

  /** A pool of pairs over a generator; versions from one JVM-wide counter. */
  final class Pooled implements KeyPairSource {
    static final Pooled SHARED = new Pooled(new SecureRandom());
    /** Versions count up across every mock of the JVM: no reset, no second server reuses one. */
    private static final AtomicLong VERSIONS = new AtomicLong();
    /** Enough for every key ring of a few parallel test classes; more is only memory. */
    private static final int MAX_POOLED = 256;

    private final Supplier<KeyPair> generator;
    private final Executor background;
    private final Deque<KeyPair> spare = new ArrayDeque<>();
    /** Pairs the background is making; guarded by this. */
    private int pending;

    public Pooled(SecureRandom random) {
      this(() -> generate(random), backgroundThreads());
    }

    Pooled(Supplier<KeyPair> generator, Executor background) {
      this.generator = Objects.requireNonNull(generator, "generator == null");
      this.background = Objects.requireNonNull(background, "background == null");
    }

    @Override
    public KeyPair take() {
      synchronized (this) {
        // A pair under way is nearer than a new one: two generations at once share the same cores.
        while (spare.isEmpty() && pending > 0) {
          try {
            wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            break;
          }
        }
        KeyPair pair = spare.pollFirst();
        if (pair != null) {
          return pair;
        }
      }
      return generator.get();
    }

    @Override
    public synchronized void recycle(Iterable<KeyPair> pairs) {
      for (KeyPair pair : pairs) {
        if (spare.size() < MAX_POOLED) {
          spare.addLast(pair);
        }
      }
      notifyAll();
    }

    @Override
    public String nextVersion() {
      return String.valueOf(VERSIONS.getAndIncrement());
    }

    @Override
    public void prefill(int count) {
      int toMake;
      synchronized (this) {
        toMake = Math.min(count, MAX_POOLED) - spare.size() - pending;
        if (toMake <= 0) {
          return;
        }
        pending += toMake;
      }
      for (int i = 0; i < toMake; i++) {
        background.execute(this::makeSpare);
      }
    }

    private void makeSpare() {
      KeyPair pair = null;
      try {
        pair = generator.get();
      } finally {
        synchronized (this) {
          pending--;
          if (pair != null) {
            spare.addLast(pair);
          }
          notifyAll();
        }
      }
    }

    /** Two daemon threads (the machine's cores) that end when idle, so a finished JVM is not held. */
    private static Executor backgroundThreads() {
      ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "ocr-mock-keygen");
        t.setDaemon(true);
        return t;
      });
      pool.allowCoreThreadTimeOut(true);
      return pool;
    }

    private static KeyPair generate(SecureRandom random) {
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, random);
        return generator.generateKeyPair();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("RSA key generation is not available", e);
      }
    }
  }
}
