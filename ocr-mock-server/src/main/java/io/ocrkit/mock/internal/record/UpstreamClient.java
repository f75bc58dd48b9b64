package io.ocrkit.mock.internal.record;

import io.ocrkit.core.model.FileType;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.ServicePublicKey;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.core.protocol.EncryptedFields;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.mock.UpstreamCredentials;
import io.ocrkit.mock.internal.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The recorder's client of the upstream service, over the protocol as the SDK speaks it: every
 * request sealed under the upstream's current key with a fresh symmetric key (wiped when the
 * exchange ends), the answer's encrypted fields opened under that key. A 4000301 fetches the key
 * again and re-seals once; a v2.1 {@code 4010006} makes a new token once. Thread-safe.
 *
 * @see UpstreamException for an upstream that cannot be reached or does not speak the protocol
 */
final class UpstreamClient implements AutoCloseable {

  /** What the upstream answered: its code, the plain result on success, its Request-Key if any. */
  record Result(int code, Map<String, Object> plain, String requestKey) {
    @Override
    public String toString() {
      return "Result[code=" + code + "]";
    }
  }

  private final URI base;
  private final UpstreamCredentials credentials;
  private final EnvelopeCrypto crypto;
  private final UpstreamHttp http;
  private final UpstreamAuth auth;
  private final UpstreamKeys keys;

  UpstreamClient(URI base, UpstreamCredentials credentials, EnvelopeCrypto crypto, java.time.Clock clock) {
    this.base = base;
    this.credentials = credentials;
    this.crypto = crypto;
    this.http = new UpstreamHttp();
    this.auth = new UpstreamAuth(credentials, UpstreamAuth.tokenUrl(base), http, clock);
    this.keys = new UpstreamKeys(base, credentials, auth, http, crypto);
  }

  String apiVersion() {
    return credentials.apiVersion();
  }

  Result scan(Operation operation, byte[] image, FileType type) {
    URI uri = base.resolve(Protocol.operationPath(credentials.apiVersion(), credentials.appKey(), operation));
    return exchange(operation.keyService(), envelope -> {
      UpstreamMultipart body = UpstreamMultipart.image(encrypt(envelope, image), type);
      return UpstreamHttp.request(uri).header("Content-Type", body.contentType())
          .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
    }, operation.pathSegment());
  }

  /** {@code fields}: the plain values; all but {@code idType} are sealed. */
  Result authenticity(String upstreamRequestKey, Map<String, String> fields) {
    URI uri = base.resolve(Protocol.operationPath(credentials.apiVersion(), credentials.appKey(),
        Operation.ID_CARD_AUTHENTICITY));
    return exchange(KeyService.ID_CARD, envelope -> {
      Map<String, String> sealed = new LinkedHashMap<>();
      fields.forEach((k, v) -> sealed.put(k, Protocol.PLAIN_AUTHENTICITY_FIELDS.contains(k) ? v
          : envelope.encryptField(v)));
      return UpstreamHttp.request(uri).header("Content-Type", "application/json; charset=UTF-8")
          .header(Protocol.REQUEST_KEY, upstreamRequestKey)
          .POST(HttpRequest.BodyPublishers.ofString(Json.write(sealed)));
    }, Operation.ID_CARD_AUTHENTICITY.pathSegment());
  }

  private interface Request {
    HttpRequest.Builder under(Envelope envelope);
  }

  private Result exchange(KeyService service, Request request, String what) {
    boolean keyRefetched = false;
    boolean tokenRenewed = false;
    while (true) {
      ServicePublicKey key;
      try {
        key = keys.current(service);
      } catch (UpstreamRefusal refusal) {
        if (refusal.code() == ResultCode.INVALID_TOKEN.code() && renewable(tokenRenewed)) {
          tokenRenewed = true;
          continue;
        }
        return new Result(refusal.code(), Map.of(), null);
      }
      try (Envelope envelope = crypto.seal(key)) {
        HttpRequest.Builder built = request.under(envelope)
            .header(Protocol.KEY_VERSION, key.version())
            .header(Protocol.SYMMETRIC_KEY, envelope.wrappedKey());
        UpstreamHttp.Answer answer = http.send(auth.authorize(built), what);
        int code = UpstreamAnswers.code(answer);
        if (code == ResultCode.INVALID_KEY_VERSION.code() && !keyRefetched) {
          keys.forget(key);
          keyRefetched = true;
          continue;
        }
        if (code == ResultCode.INVALID_TOKEN.code() && renewable(tokenRenewed)) {
          tokenRenewed = true;
          continue;
        }
        if (code != 0) {
          return new Result(code, Map.of(), null);
        }
        return new Result(0, opened(service, UpstreamAnswers.result(answer), envelope),
            answer.requestKey().orElse(null));
      }
    }
  }

  private boolean renewable(boolean renewedAlready) {
    if (renewedAlready || credentials.secretKey() != null) {
      return false;
    }
    auth.forgetToken();
    return true;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> opened(KeyService service, Map<String, Object> result, Envelope envelope) {
    Map<String, Object> plain = (Map<String, Object>) Json.deepCopy(result);
    try {
      EncryptedFields.replaceIn(service, plain, envelope::decryptField);
    } catch (OcrProtocolException e) {
      throw new UpstreamException("an encrypted field of the upstream's answer does not open under the request's key");
    }
    return plain;
  }

  private static byte[] encrypt(Envelope envelope, byte[] image) {
    try (InputStream in = envelope.encrypting(new ByteArrayInputStream(image))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UpstreamException("the image could not be sealed for the upstream", e);
    }
  }

  @Override
  public void close() {
    http.close();
  }
}
