package io.ocrkit.core.port.out;

import java.io.InputStream;

/**
 * One request's symmetric key, and everything done with it: encrypting the payload and fields,
 * decrypting the answer's fields. AES-256-CBC, PKCS#7 padding, IV = key bytes 0–15.
 *
 * <p>The key never leaves the envelope and is wiped by {@link #close()}; every method that uses
 * the key throws {@link IllegalStateException} after that ({@link #keyVersion()} and
 * {@link #wrappedKey()} are public values and still answer). A stream opened before closing holds
 * its own cipher state and should be closed first. Not thread-safe: one request, one thread.
 */
public interface Envelope extends AutoCloseable {

  /**
   * The public key version the key was wrapped under ({@code X-Key-Version}).
   *
   * @return the version, as the service named it
   */
  String keyVersion();

  /**
   * The key wrapped with RSA/ECB/PKCS1Padding, standard Base64 ({@code Symmetric-Key}).
   *
   * @return the Base64 text; safe to send, only the service's private key opens it
   */
  String wrappedKey();

  /**
   * Encrypts {@code plaintext} as it is read: the stream returned yields the ciphertext, holding
   * one buffer, never the whole payload. Closing it closes {@code plaintext}.
   *
   * @param plaintext the payload, read once
   * @return the ciphertext stream, {@link #ciphertextLength} bytes long
   * @throws IllegalStateException if the envelope is closed
   */
  InputStream encrypting(InputStream plaintext);

  /**
   * Decrypts {@code ciphertext} as it is read (the service side of {@link #encrypting}). A read
   * that meets a bad final block throws {@link io.ocrkit.core.model.OcrProtocolException}.
   *
   * @param ciphertext the payload as sent
   * @return the plaintext stream
   * @throws IllegalStateException if the envelope is closed
   */
  InputStream decrypting(InputStream ciphertext);

  /**
   * Encrypts a text field (UTF-8) to standard Base64.
   *
   * @param plaintext the field's value, not null
   * @return the Base64 ciphertext
   * @throws IllegalStateException if the envelope is closed
   */
  String encryptField(String plaintext);

  /**
   * Decrypts a Base64 field of the answer to text (UTF-8).
   *
   * @throws io.ocrkit.core.model.OcrProtocolException for any failure (bad Base64, bad padding,
   *     wrong key, truncated input), opaque on purpose
   * @param base64Ciphertext the field as the answer carried it
   * @return the decrypted text
   * @throws IllegalStateException if the envelope is closed
   */
  String decryptField(String base64Ciphertext);

  /** Wipes the key. Safe to call more than once. */
  @Override
  void close();

  /**
   * The ciphertext length for a plaintext of {@code plaintextLength} bytes (PKCS#7 always pads).
   *
   * @param plaintextLength the plaintext's size in bytes, not negative
   * @return the size in bytes, a multiple of 16 and always larger than the plaintext
   */
  static long ciphertextLength(long plaintextLength) {
    return (plaintextLength / 16 + 1) * 16;
  }
}
