package io.ocrkit.crypto;

import io.ocrkit.core.internal.SecretBytes;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.core.model.ServicePublicKey;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.crypto.internal.BcEnvelope;
import io.ocrkit.crypto.internal.BcRsa;
import io.ocrkit.crypto.internal.BouncyCastle;
import io.ocrkit.crypto.internal.SymmetricKeys;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Objects;

/**
 * The envelope on BouncyCastle's lightweight API: its own ASN.1 parser, RSA and AES engines, so it
 * shares no crypto code with {@link JcaEnvelopeCrypto}. Thread-safe; every {@link #seal} draws a
 * fresh 32-byte key from its {@link SecureRandom}.
 *
 * <p>BouncyCastle is an optional dependency of this module: whoever picks this adapter adds
 * {@code org.bouncycastle:bcprov-jdk18on}. Without it, the constructors throw an
 * {@link IllegalStateException} naming that dependency. This class mentions no BouncyCastle type,
 * so that the check runs before anything needs one.
 */
public final class BouncyCastleEnvelopeCrypto implements EnvelopeCrypto {

  private final SecureRandom random;

  /**
   * An envelope crypto drawing keys from a new {@link SecureRandom}.
   *
   * @throws IllegalStateException if BouncyCastle is not on the class or module path
   */
  public BouncyCastleEnvelopeCrypto() {
    this(new SecureRandom());
  }

  /**
   * An envelope crypto drawing keys from {@code random}; tests pass a seeded one.
   *
   * @param random the source of every per-request key; shared, so it must be thread-safe
   * @throws NullPointerException if {@code random} is null
   * @throws IllegalStateException if BouncyCastle is not on the class or module path
   */
  public BouncyCastleEnvelopeCrypto(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random == null");
    BouncyCastle.require(BouncyCastleEnvelopeCrypto.class);
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
    RSAPublicKey key = BcRsa.publicKey(der);
    if (key == null) {
      throw PublicKeys.notAKey(service);
    }
    return PublicKeys.accept(service, version, key);
  }

  @Override
  public Envelope seal(ServicePublicKey key) {
    Objects.requireNonNull(key, "key == null");
    RSAPublicKey rsa = (RSAPublicKey) key.key();
    SecretBytes secret = SymmetricKeys.fresh(random);
    try {
      byte[] wrapped = BcRsa.wrap(rsa, secret.borrow(), random);
      return BcEnvelope.of(secret, key.version(), Base64.getEncoder().encodeToString(wrapped));
    } catch (RuntimeException e) {
      secret.wipe();
      throw e;
    }
  }

  /** An envelope over a known key: for known-answer tests. */
  static Envelope withKey(byte[] key) {
    return BcEnvelope.of(SecretBytes.adopt(key.clone()), "test", "");
  }
}
