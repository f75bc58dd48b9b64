package io.ocrkit.mock.internal;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the mock's RSA key pairs and key versions come from. RSA-2048 generation takes tens of
 * milliseconds, so pairs a reset or a stopped mock let go are handed out again; a version string is handed out once
 * per JVM, so a request sealed under a version from before a reset always answers 4000301
 * (unknown version), never 4000302 (a known version whose key does not open it).
 */
public interface KeyPairSource {

  /** A key pair no live key ring holds; may be a recycled one. */
  KeyPair take();

  /** Gives back pairs no key ring uses any more, for reuse. */
  void recycle(Iterable<KeyPair> pairs);

  /** A version string never handed out before in this JVM. */
  String nextVersion();

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

    private final SecureRandom random;
    private final ConcurrentLinkedDeque<KeyPair> spare = new ConcurrentLinkedDeque<>();

    public Pooled(SecureRandom random) {
      this.random = random;
    }

    @Override
    public KeyPair take() {
      KeyPair pair = spare.pollFirst();
      return pair != null ? pair : generate();
    }

    @Override
    public void recycle(Iterable<KeyPair> pairs) {
      for (KeyPair pair : pairs) {
        if (spare.size() < MAX_POOLED) {
          spare.addLast(pair);
        }
      }
    }

    @Override
    public String nextVersion() {
      return String.valueOf(VERSIONS.getAndIncrement());
    }

    private KeyPair generate() {
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
