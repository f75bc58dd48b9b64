package io.ocrkit.mock.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of an image: how fixtures are keyed and what default answers are derived from. */
public final class Sha256 {

  private Sha256() {}

  public static byte[] digest(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /** The first 16 hex digits of the hash of {@code length} bytes from {@code offset}: a fingerprint of public bytes. */
  public static String fingerprint(byte[] data, int offset, int length) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(data, offset, length);
      return HexFormat.of().formatHex(md.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /** Lower-case hex, as fixtures are registered. */
  public static String hex(byte[] data) {
    return HexFormat.of().formatHex(digest(data));
  }
}
