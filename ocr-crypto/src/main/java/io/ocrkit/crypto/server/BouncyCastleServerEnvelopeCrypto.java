package io.ocrkit.crypto.server;

import io.ocrkit.crypto.internal.BcEnvelope;
import io.ocrkit.crypto.internal.BcRsa;
import io.ocrkit.crypto.internal.BouncyCastle;
import io.ocrkit.crypto.internal.SymmetricKeys;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * The service's side of the envelope on BouncyCastle's lightweight engines: what the mock server
 * opens requests with, so that it shares no crypto code with the SDK's default. Thread-safe.
 * Without BouncyCastle on the path the constructors throw an {@link IllegalStateException} naming
 * {@code org.bouncycastle:bcprov-jdk18on}.
 */
public final class BouncyCastleServerEnvelopeCrypto implements ServerEnvelopeCrypto {

  private final SecureRandom random;

  public BouncyCastleServerEnvelopeCrypto() {
    this(new SecureRandom());
  }

  /** {@code random} blinds the RSA private-key operation. */
  public BouncyCastleServerEnvelopeCrypto(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random == null");
    BouncyCastle.require(BouncyCastleServerEnvelopeCrypto.class);
  }

  @Override
  public ServerEnvelope unwrap(PrivateKey privateKey, String keyVersion, String wrappedKeyBase64) {
    byte[] wrapped = SymmetricKeys.wrappedBytes(wrappedKeyBase64);
    byte[] key = BcRsa.unwrap(privateKey, wrapped, random);
    return BcEnvelope.of(SymmetricKeys.unwrapped(key), keyVersion, wrappedKeyBase64);
  }
}
