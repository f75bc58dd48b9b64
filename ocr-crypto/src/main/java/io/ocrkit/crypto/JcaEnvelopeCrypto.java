package io.ocrkit.crypto;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.internal.SecretBytes;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.core.model.ServicePublicKey;
import io.ocrkit.crypto.internal.JcaEnvelope;
import io.ocrkit.crypto.internal.SymmetricKeys;
import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;

/**
 * The envelope on the JDK's own providers (JCA): the SDK's default. Thread-safe; every
 * {@link #seal} draws a fresh 32-byte key from its {@link SecureRandom}.
 */
public final class JcaEnvelopeCrypto implements EnvelopeCrypto {

  private final SecureRandom random;

  /** An envelope crypto drawing keys from a new {@link SecureRandom}. */
  public JcaEnvelopeCrypto() {
    this(new SecureRandom());
  }

  /**
   * An envelope crypto drawing keys from {@code random}; tests pass a seeded one.
   *
   * @param random the source of every per-request key; shared, so it must be thread-safe
   * @throws NullPointerException if {@code random} is null
   */
  public JcaEnvelopeCrypto(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random == null");
  }

  @Override
  public ServicePublicKey parsePublicKey(KeyService service, String version, String base64Der) {
    Objects.requireNonNull(service, "service == null");
    byte[] der;
    try {
      der = Base64.getDecoder().decode(Objects.requireNonNull(base64Der, "base64Der == null").strip());
    } catch (IllegalArgumentException notBase64) {
      throw PublicKeys.notAKey(service);
    }
    PublicKey key = parseSpki(der);
    if (key == null) {
      key = parseSpki(spkiOfPkcs1(der));
    }
    if (!(key instanceof RSAPublicKey rsa)) {
      throw PublicKeys.notAKey(service);
    }
    return PublicKeys.accept(service, version, rsa);
  }

  @Override
  public Envelope seal(ServicePublicKey key) {
    Objects.requireNonNull(key, "key == null");
    SecretBytes secret = SymmetricKeys.fresh(random);
    try {
      Cipher rsa = Cipher.getInstance(JcaEnvelope.RSA);
      rsa.init(Cipher.ENCRYPT_MODE, key.key(), random);
      String wrapped = Base64.getEncoder().encodeToString(rsa.doFinal(secret.borrow()));
      return JcaEnvelope.of(secret, key.version(), wrapped);
    } catch (GeneralSecurityException e) {
      secret.wipe();
      throw new IllegalStateException("RSA/ECB/PKCS1Padding failed to wrap the key: " + e.getClass().getSimpleName());
    }
  }

  /** An envelope over a known key: for known-answer tests. */
  static Envelope withKey(byte[] key) {
    return JcaEnvelope.of(SecretBytes.adopt(key.clone()), "test", "");
  }

  private static PublicKey parseSpki(byte[] der) {
    try {
      return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException | RuntimeException e) {
      return null;
    }
  }

  /** Wraps a PKCS#1 RSAPublicKey in the SubjectPublicKeyInfo the JDK parses. */
  static byte[] spkiOfPkcs1(byte[] pkcs1) {
    byte[] rsaAlgorithm = {0x30, 0x0D, 0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01,
        0x01, 0x01, 0x05, 0x00};
    ByteArrayOutputStream bitString = new ByteArrayOutputStream();
    bitString.write(0); // no unused bits
    bitString.writeBytes(pkcs1);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(rsaAlgorithm);
    writeTlv(body, 0x03, bitString.toByteArray());
    ByteArrayOutputStream spki = new ByteArrayOutputStream();
    writeTlv(spki, 0x30, body.toByteArray());
    return spki.toByteArray();
  }

  private static void writeTlv(ByteArrayOutputStream out, int tag, byte[] value) {
    out.write(tag);
    int len = value.length;
    if (len < 0x80) {
      out.write(len);
    } else if (len < 0x100) {
      out.write(0x81);
      out.write(len);
    } else if (len < 0x10000) {
      out.write(0x82);
      out.write(len >> 8);
      out.write(len);
    } else {
      out.write(0x83);
      out.write(len >> 16);
      out.write(len >> 8);
      out.write(len);
    }
    out.writeBytes(value);
  }
}
