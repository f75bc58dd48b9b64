package io.ocrkit.crypto;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.ServicePublicKey;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.HexFormat;

/** Rules for a service's public key that do not depend on the library that parsed it. */
final class PublicKeys {

  /** Keys smaller than this are refused: 1024-bit RSA is breakable. */
  static final int MIN_RSA_BITS = 2048;

  /**
   * Keys larger than this are refused: sealing cost grows with the modulus, so a hostile or broken
   * server must not make every request slow with a huge key.
   */
  static final int MAX_RSA_BITS = 8192;

  /** Public exponents longer than this are refused, for the same reason (the service's is 65537). */
  static final int MAX_EXPONENT_BITS = 64;

  private PublicKeys() {}

  static ServicePublicKey accept(KeyService service, String version, RSAPublicKey key) {
    if (key.getModulus().bitLength() < MIN_RSA_BITS) {
      throw new OcrProtocolException("the " + service.wireName() + " public key is RSA-"
          + key.getModulus().bitLength() + "; at least " + MIN_RSA_BITS + " bits are required");
    }
    if (key.getModulus().bitLength() > MAX_RSA_BITS) {
      throw new OcrProtocolException("the " + service.wireName() + " public key is RSA-"
          + key.getModulus().bitLength() + "; at most " + MAX_RSA_BITS + " bits are accepted");
    }
    if (key.getPublicExponent().bitLength() > MAX_EXPONENT_BITS) {
      throw new OcrProtocolException("the " + service.wireName() + " public key's exponent is longer than "
          + MAX_EXPONENT_BITS + " bits");
    }
    return new ServicePublicKey(service, version, key, fingerprint(key.getEncoded()));
  }

  static OcrProtocolException notAKey(KeyService service) {
    return new OcrProtocolException("the " + service.wireName()
        + " public key is not Base64 of an RSA SubjectPublicKeyInfo or PKCS#1 key");
  }

  /** SHA-256 of the SubjectPublicKeyInfo DER, lower-case hex. */
  static String fingerprint(byte[] spki) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(spki));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
