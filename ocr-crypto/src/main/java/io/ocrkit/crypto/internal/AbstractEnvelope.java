package io.ocrkit.crypto.internal;

import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.internal.SecretBytes;
import io.ocrkit.crypto.server.ServerEnvelope;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * What both adapters' envelopes share: field encoding, Base64, streams and wiping. The subclasses
 * only say how their library runs AES-256-CBC (IV = key bytes 0–15, PKCS#7 padding). Public only
 * so that the adapters' tests can see {@link #isWiped()}; the package is not exported.
 */
public abstract class AbstractEnvelope implements ServerEnvelope {

  static final int IV_BYTES = 16;

  private final SecretBytes key;
  private final String keyVersion;
  private final String wrappedKey;
  private CipherStep fieldEncrypt;
  private CipherStep fieldDecrypt;

  AbstractEnvelope(SecretBytes key, String keyVersion, String wrappedKey) {
    if (key.size() != SymmetricKeys.BYTES) {
      throw new IllegalArgumentException("the symmetric key must be 32 bytes");
    }
    this.key = key;
    this.keyVersion = Objects.requireNonNull(keyVersion, "keyVersion == null");
    this.wrappedKey = Objects.requireNonNull(wrappedKey, "wrappedKey == null");
  }

  /** A new AES-256-CBC operation under {@code key} with IV = {@code key[0..16)}. */
  abstract CipherStep cipher(boolean encrypt, byte[] key);

  @Override
  public final String keyVersion() {
    return keyVersion;
  }

  @Override
  public final String wrappedKey() {
    return wrappedKey;
  }

  @Override
  public final InputStream encrypting(InputStream plaintext) {
    return new CipherInputStream(Objects.requireNonNull(plaintext, "plaintext == null"), cipher(true, key.borrow()));
  }

  @Override
  public final InputStream decrypting(InputStream ciphertext) {
    return new CipherInputStream(Objects.requireNonNull(ciphertext, "ciphertext == null"), cipher(false, key.borrow()));
  }

  /**
   * Learns the plaintext's length from the last two blocks first (CBC decrypts a block from it and
   * the one before, whatever the IV), so that the whole pass writes straight into an array of that
   * length: no chunk buffers, no trimming copy. Both libraries check the padding of the last block
   * only, so the probe fails exactly when the whole would.
   */
  @Override
  public final byte[] decrypt(byte[] ciphertext, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, ciphertext.length);
    if (length == 0 || length % IV_BYTES != 0) {
      throw undecryptable();
    }
    CipherStep step = cipher(false, key.borrow());
    int tail = Math.min(length, 2 * IV_BYTES);
    byte[] probe = new byte[tail];
    int plainLength;
    try {
      int n = step.update(ciphertext, offset + length - tail, tail, probe, 0);
      plainLength = length - tail + n + step.finish(probe, n);
    } finally {
      Arrays.fill(probe, (byte) 0);
    }
    // A finished step is back at the key and IV (see fieldStep): it runs the whole pass too.
    byte[] plain = new byte[plainLength];
    int n = step.update(ciphertext, offset, length, plain, 0);
    step.finish(plain, n);
    return plain;
  }

  @Override
  public final String encryptField(String plaintext) {
    Objects.requireNonNull(plaintext, "plaintext == null");
    byte[] in = plaintext.getBytes(StandardCharsets.UTF_8);
    try {
      return Base64.getEncoder().encodeToString(run(true, in));
    } finally {
      Arrays.fill(in, (byte) 0);
    }
  }

  @Override
  public final String decryptField(String base64Ciphertext) {
    byte[] cipherText = decodeBase64(base64Ciphertext);
    if (cipherText.length == 0 || cipherText.length % IV_BYTES != 0) {
      throw undecryptable();
    }
    byte[] plain = run(false, cipherText);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(plain))
          .toString();
    } catch (CharacterCodingException notText) {
      throw undecryptable();
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  @Override
  public final void close() {
    fieldEncrypt = null;
    fieldDecrypt = null;
    key.wipe();
  }

  /** Whether {@link #close()} has wiped the key. */
  public final boolean isWiped() {
    return key.isWiped();
  }

  private byte[] run(boolean encrypt, byte[] in) {
    CipherStep step = fieldStep(encrypt);
    byte[] out = new byte[in.length + IV_BYTES];
    int n;
    try {
      n = step.update(in, 0, in.length, out, 0);
      n += step.finish(out, n);
    } catch (RuntimeException e) {
      // A failed step may hold partial state: the next field gets a fresh one.
      forgetFieldStep(encrypt);
      Arrays.fill(out, (byte) 0);
      throw e;
    }
    if (n == out.length) {
      return out;
    }
    byte[] exact = Arrays.copyOf(out, n);
    Arrays.fill(out, (byte) 0);
    return exact;
  }

  /**
   * The cipher for fields in one direction, made once per envelope: an answer has several fields
   * and making a JCA {@code Cipher} costs more than decrypting a short one. Both libraries reset a
   * cipher to its key and IV when it finishes, which is exactly the protocol's per-field state.
   */
  private CipherStep fieldStep(boolean encrypt) {
    key.borrow(); // fails once the key is wiped, like every other use
    if (encrypt) {
      return fieldEncrypt != null ? fieldEncrypt : (fieldEncrypt = cipher(true, key.borrow()));
    }
    return fieldDecrypt != null ? fieldDecrypt : (fieldDecrypt = cipher(false, key.borrow()));
  }

  private void forgetFieldStep(boolean encrypt) {
    if (encrypt) {
      fieldEncrypt = null;
    } else {
      fieldDecrypt = null;
    }
  }

  static byte[] decodeBase64(String base64) {
    if (base64 == null) {
      throw undecryptable();
    }
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException notBase64) {
      throw undecryptable();
    }
  }

  /** The one error every decryption failure becomes: no cause, no detail, no plaintext. */
  static OcrProtocolException undecryptable() {
    return new OcrProtocolException("an encrypted field of the answer did not decrypt");
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[keyVersion=" + keyVersion + (isWiped() ? ", wiped]" : "]");
  }
}
