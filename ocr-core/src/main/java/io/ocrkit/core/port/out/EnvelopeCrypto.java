package io.ocrkit.core.port.out;

import io.ocrkit.core.model.ServicePublicKey;
import io.ocrkit.core.protocol.KeyService;

/**
 * The digital envelope, client side: parse the service's key, and seal one request under it.
 * Implementations are thread-safe; each {@link Envelope} belongs to one request.
 */
public interface EnvelopeCrypto {

  /**
   * Parses a public key as the service issues it: Base64 of DER, X.509 SubjectPublicKeyInfo or
   * PKCS#1 RSAPublicKey. RSA keys under 2048 bits are refused.
   *
   * @throws io.ocrkit.core.model.OcrProtocolException if it is not such a key
   * @param service the service the key is for
   * @param version the version the service issued it under
   * @param base64Der the key as issued
   * @return the parsed key with its SHA-256 fingerprint
   */
  ServicePublicKey parsePublicKey(KeyService service, String version, String base64Der);

  /**
   * A new envelope: a fresh 32-byte key from a {@code SecureRandom}, wrapped under {@code key}.
   *
   * @param key the service's public key
   * @return an envelope the caller closes
   */
  Envelope seal(ServicePublicKey key);
}
