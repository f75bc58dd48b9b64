package io.ocrkit.contract.wire;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** {@link HandEnvelope} with javax.crypto only, written here rather than borrowed from the SDK. */
public final class JdkEnvelope implements HandEnvelope {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ServiceKey serviceKey;
  private final byte[] key;

  private JdkEnvelope(ServiceKey serviceKey, byte[] key) {
    this.serviceKey = serviceKey;
    this.key = key;
  }

  /** A fresh envelope for one request. */
  public static JdkEnvelope fresh(ServiceKey serviceKey) {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return new JdkEnvelope(serviceKey, key);
  }

  /** An envelope over a key of any length, to provoke {@code 4000302}. */
  public static JdkEnvelope withKey(ServiceKey serviceKey, byte[] key) {
    return new JdkEnvelope(serviceKey, key.clone());
  }

  @Override
  public String wrappedKey() {
    try {
      Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
      rsa.init(Cipher.ENCRYPT_MODE, serviceKey.key());
      return Base64.getEncoder().encodeToString(rsa.doFinal(key));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA wrap failed", e);
    }
  }

  @Override
  public String keyVersion() {
    return serviceKey.version();
  }

  @Override
  public byte[] encrypt(byte[] plaintext) {
    return aes(Cipher.ENCRYPT_MODE, plaintext);
  }

  @Override
  public String encryptField(String plaintext) {
    return Base64.getEncoder().encodeToString(encrypt(plaintext.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public String decryptField(String base64Ciphertext) {
    return new String(aes(Cipher.DECRYPT_MODE, Base64.getDecoder().decode(base64Ciphertext)), StandardCharsets.UTF_8);
  }

  private byte[] aes(int mode, byte[] input) {
    try {
      Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
      aes.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
      return aes.doFinal(input);
    } catch (GeneralSecurityException e) {
      // One opaque error: CBC has no integrity check, and the cause may describe the plaintext.
      throw new AssertionError("AES-256-CBC " + (mode == Cipher.ENCRYPT_MODE ? "encryption" : "decryption") + " failed");
    }
  }
}
