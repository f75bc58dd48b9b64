package io.ocrkit.mock.internal.record;

import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.ServicePublicKey;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.mock.UpstreamCredentials;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The upstream's current public key per service, fetched on first use and again after the
 * upstream answered 4000301 for it ({@link #forget}). Thread-safe.
 */
final class UpstreamKeys {

  private final URI base;
  private final UpstreamCredentials credentials;
  private final UpstreamAuth auth;
  private final UpstreamHttp http;
  private final EnvelopeCrypto crypto;
  private final Map<KeyService, ServicePublicKey> keys = new ConcurrentHashMap<>();

  UpstreamKeys(URI base, UpstreamCredentials credentials, UpstreamAuth auth, UpstreamHttp http,
      EnvelopeCrypto crypto) {
    this.base = base;
    this.credentials = credentials;
    this.auth = auth;
    this.http = http;
    this.crypto = crypto;
  }

  ServicePublicKey current(KeyService service) {
    return keys.computeIfAbsent(service, this::fetch);
  }

  /** The upstream refused {@code stale}: the next {@link #current} fetches again, once for all threads. */
  void forget(ServicePublicKey stale) {
    keys.remove(stale.service(), stale);
  }

  private ServicePublicKey fetch(KeyService service) {
    URI uri = base.resolve(Protocol.publicKeyPath(credentials.apiVersion(), credentials.appKey(), service));
    UpstreamHttp.Answer answer = http.send(auth.authorize(UpstreamHttp.request(uri)).GET(), "public key");
    int code = UpstreamAnswers.code(answer);
    if (code != 0) {
      throw new UpstreamRefusal(code);
    }
    Map<String, Object> result = UpstreamAnswers.result(answer);
    if (!(result.get("key") instanceof String key) || result.get("version") == null) {
      throw new UpstreamException("the upstream's " + service.wireName() + " public key answer has no key");
    }
    try {
      return crypto.parsePublicKey(service, String.valueOf(result.get("version")), key);
    } catch (OcrProtocolException e) {
      throw new UpstreamException("the upstream's " + service.wireName() + " public key is not usable");
    }
  }
}
