package io.ocrkit.crypto.internal;

import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.internal.SecretBytes;
import java.security.SecureRandom;
import java.util.Arrays;

/** The per-request AES-256 key: its size, how a client draws one, how a server checks one. */
public final class SymmetricKeys {

  /** The protocol's symmetric key size: AES-256. */
  public static final int BYTES = 32;

  private SymmetricKeys() {}

  /** A fresh key for one request. */
  public static SecretBytes fresh(SecureRandom random) {
    byte[] bytes = new byte[BYTES];
    random.nextBytes(bytes);
    return SecretBytes.adopt(bytes);
  }

  /** The bytes of a {@code Symmetric-Key} header; not Base64 fails like an undecryptable field. */
  public static byte[] wrappedBytes(String base64) {
    return AbstractEnvelope.decodeBase64(base64);
  }

  /**
   * Adopts what an RSA private key unwrapped, if it is a key of the protocol's size.
   *
   * @throws OcrProtocolException (the service's {@code 4000302}) otherwise, after wiping it
   */
  public static SecretBytes unwrapped(byte[] key) {
    if (key.length != BYTES) {
      Arrays.fill(key, (byte) 0);
      throw new OcrProtocolException("the symmetric key did not unwrap to 32 bytes");
    }
    return SecretBytes.adopt(key);
  }
}
