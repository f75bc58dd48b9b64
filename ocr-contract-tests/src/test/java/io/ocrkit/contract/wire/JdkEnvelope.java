package io.ocrkit.contract.wire;

import io.ocrkit.mock.testing.HandSeal;
import javax.crypto.Cipher;

/**
 * {@link HandEnvelope} with javax.crypto only, through the tests' one hand-written JDK envelope
 * ({@link HandSeal}, the mock's test-jar) rather than the SDK's; {@link OpensslEnvelope} is the
 * independent one.
 */
public final class JdkEnvelope implements HandEnvelope {

  private final ServiceKey serviceKey;
  private final byte[] key;

  private JdkEnvelope(ServiceKey serviceKey, byte[] key) {
    this.serviceKey = serviceKey;
    this.key = key;
  }

  /** A fresh envelope for one request. */
  public static JdkEnvelope fresh(ServiceKey serviceKey) {
    return new JdkEnvelope(serviceKey, HandSeal.freshKey());
  }

  /** An envelope over a key of any length, to provoke {@code 4000302}. */
  public static JdkEnvelope withKey(ServiceKey serviceKey, byte[] key) {
    return new JdkEnvelope(serviceKey, key.clone());
  }

  @Override
  public String wrappedKey() {
    return HandSeal.wrap(serviceKey.key(), key);
  }

  @Override
  public String keyVersion() {
    return serviceKey.version();
  }

  @Override
  public byte[] encrypt(byte[] plaintext) {
    return HandSeal.aes(Cipher.ENCRYPT_MODE, key, plaintext);
  }

  @Override
  public String encryptField(String plaintext) {
    return HandSeal.encryptField(key, plaintext);
  }

  @Override
  public String decryptField(String base64Ciphertext) {
    return HandSeal.decryptField(key, base64Ciphertext);
  }
}
