package io.ocrkit.crypto.server;

import java.security.PrivateKey;

/**
 * The service's side of the envelope, for the mock server: unwrap the request's key. Exported to
 * the mock only; an SDK never holds the service's private key.
 */
public interface ServerEnvelopeCrypto {

  /**
   * Unwraps a {@code Symmetric-Key} header with the service's private key. The envelope returned
   * decrypts the payload and encrypts the answer's fields under the same key.
   *
   * @throws io.ocrkit.core.model.OcrProtocolException if it is not Base64, does not unwrap, or is
   *     not 32 bytes (the service's {@code 4000302})
   */
  ServerEnvelope unwrap(PrivateKey privateKey, String keyVersion, String wrappedKeyBase64);
}
