package io.ocrkit.core.internal;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * Key material that is wiped when its owner is done with it (as Tink's {@code SecretBytes}).
 *
 * <p>{@link #toString()} never shows the bytes, {@link #equals(Object)} is constant-time, and
 * {@link #wipe()} overwrites them with zeros; any use after that fails loudly.
 */
public final class SecretBytes implements AutoCloseable {

  private final byte[] bytes;
  private volatile boolean wiped;

  private SecretBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Takes ownership of {@code bytes}: the caller must not keep or change the array. */
  public static SecretBytes adopt(byte[] bytes) {
    return new SecretBytes(Objects.requireNonNull(bytes, "bytes == null"));
  }

  /** A copy of the bytes; the caller wipes its copy when done. */
  public byte[] copy() {
    return Arrays.copyOf(unwiped(), bytes.length);
  }

  /** The bytes themselves, for the crypto adapter that owns this key. Do not keep the array. */
  public byte[] borrow() {
    return unwiped();
  }

  public int size() {
    return bytes.length;
  }

  public boolean isWiped() {
    return wiped;
  }

  /** Overwrites the bytes with zeros. Safe to call more than once. */
  public void wipe() {
    Arrays.fill(bytes, (byte) 0);
    wiped = true;
  }

  @Override
  public void close() {
    wipe();
  }

  private byte[] unwiped() {
    if (wiped) {
      throw new IllegalStateException("key material was already wiped");
    }
    return bytes;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SecretBytes that && MessageDigest.isEqual(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return bytes.length;
  }

  @Override
  public String toString() {
    return "SecretBytes[" + bytes.length + " bytes" + (wiped ? ", wiped]" : "]");
  }
}
