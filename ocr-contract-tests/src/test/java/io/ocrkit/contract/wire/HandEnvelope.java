package io.ocrkit.contract.wire;

/**
 * The digital envelope of docs/protocol.md made by hand in a test, once per request: a fresh 32-byte
 * key, wrapped with RSA/ECB/PKCS1Padding; payload and fields in AES-256-CBC with IV = key[0..16).
 * Two implementations that share no code with the SDK or each other: JDK crypto and openssl.
 */
public interface HandEnvelope extends AutoCloseable {

  /** The {@code Symmetric-Key} header: Base64 of the RSA-wrapped key. */
  String wrappedKey();

  /** The {@code X-Key-Version} header. */
  String keyVersion();

  /** The payload (an image) encrypted under the key. */
  byte[] encrypt(byte[] plaintext);

  /** A JSON field encrypted under the key, as Base64 text. */
  String encryptField(String plaintext);

  /** An answer's field decrypted with the key; fails if it does not decrypt. */
  String decryptField(String base64Ciphertext);

  /** Forgets the key (and deletes any files that held it). */
  @Override
  default void close() {}
}
