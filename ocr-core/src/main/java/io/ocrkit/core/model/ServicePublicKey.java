package io.ocrkit.core.model;

import io.ocrkit.core.protocol.KeyService;
import java.security.PublicKey;
import java.util.Objects;

/**
 * A service's RSA public key as issued, parsed by the crypto adapter.
 *
 * @param service the service the key belongs to
 * @param version the version every request sealed under it echoes in {@code X-Key-Version}
 * @param key the RSA key that seals per-request symmetric keys
 * @param fingerprint SHA-256 of the DER encoding, hex, for people to compare keys
 */
public record ServicePublicKey(KeyService service, String version, PublicKey key, String fingerprint) {

  /**
   * Checks the components: none may be null.
   *
   * @param service the service the key belongs to
   * @param version the version every request sealed under it echoes in {@code X-Key-Version}
   * @param key the RSA key that seals per-request symmetric keys
   * @param fingerprint SHA-256 of the DER encoding, hex, for people to compare keys
   * @throws NullPointerException if a component is null
   */
  public ServicePublicKey {
    Objects.requireNonNull(service, "service == null");
    Objects.requireNonNull(version, "version == null");
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(fingerprint, "fingerprint == null");
  }
}
