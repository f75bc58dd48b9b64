package io.ocrkit.mock.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The digital envelope of protocol.md written by hand from javax.crypto, sharing no code with the
 * SDK or the mock: a fresh 32-byte key, wrapped with RSA/ECB/PKCS1Padding; payloads and fields in
 * AES-256-CBC with IV = key[0..16). The one JDK-crypto copy of it in the tests of every module.
 */
public final class HandSeal {

  private static final SecureRandom RANDOM = new SecureRandom();

  private HandSeal() {}

  /** A fresh 32-byte symmetric key. */
  public static byte[] freshKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return key;
  }

  /** The {@code Symmetric-Key} header: Base64 of {@code symmetricKey} RSA-wrapped under {@code key}. */
  public static String wrap(PublicKey key, byte[] symmetricKey) {
    try {
      Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
      rsa.init(Cipher.ENCRYPT_MODE, key);
      return Base64.getEncoder().encodeToString(rsa.doFinal(symmetricKey));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA wrap failed", e);
    }
  }

  /**
   * AES-CBC with IV = key[0..16) ({@link Cipher#ENCRYPT_MODE} or {@link Cipher#DECRYPT_MODE});
   * a key of another length than 32 bytes is used as given, to provoke the service's errors.
   *
   * @throws IllegalStateException naming only the direction: CBC has no integrity check, and a
   *     cause could describe the plaintext
   */
  public static byte[] aes(int mode, byte[] key, byte[] data) {
    try {
      Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
      aes.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
      return aes.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-CBC " + (mode == Cipher.ENCRYPT_MODE ? "encryption" : "decryption")
          + " failed");
    }
  }

  /** A JSON field encrypted under {@code key}, as Base64 text. */
  public static String encryptField(byte[] key, String plaintext) {
    return Base64.getEncoder().encodeToString(aes(Cipher.ENCRYPT_MODE, key, plaintext.getBytes(StandardCharsets.UTF_8)));
  }

  /** An answer's Base64 field decrypted under {@code key}. */
  public static String decryptField(byte[] key, String base64Ciphertext) {
    return new String(aes(Cipher.DECRYPT_MODE, key, Base64.getDecoder().decode(base64Ciphertext)),
        StandardCharsets.UTF_8);
  }
}
