package io.ocrkit.spring.boot.actuate;

import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.http.OcrClient;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fetches every service's public key anew, through a client derived from the application's (same
 * connections, settings and listeners, one attempt): the application's client keeps the keys it
 * fetched, so asking it would not reach the service. Sends no image.
 */
class KeyProbe {

  private final OcrClient client;

  KeyProbe(OcrClient client) {
    this.client = client;
  }

  /** The key versions by service. @throws RuntimeException what the fetch failed with */
  Map<String, String> fetchVersions() {
    try (OcrClient fresh = client.newBuilder().retryPolicy(RetryPolicy.none()).build()) {
      Map<String, String> versions = new LinkedHashMap<>();
      for (KeyService service : KeyService.values()) {
        versions.put(service.wireName(), fresh.publicKey(service).version());
      }
      return versions;
    }
  }
}
