package io.ocrkit.contract.wire;

import io.ocrkit.contract.targets.ContractTarget;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.core.protocol.Protocol;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Requests built by hand, header by header and byte by byte, so a target is checked without the
 * SDK. Only the paths and header names come from the core's {@link Protocol} constants (they are
 * the facts under test, written once).
 */
public final class WireClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final ContractTarget target;
  private final HttpClient http;

  public WireClient(ContractTarget target) {
    this.target = target;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** {@code GET /v2.0/appkeys/{appKey}/public-keys/{service}} with the target's secret key. */
  public Answer publicKey(KeyService service) {
    return publicKey(service, target.secretKey());
  }

  /** The same with any {@code Authorization} value; null sends none. */
  public Answer publicKey(KeyService service, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(Protocol.publicKeyPath(Protocol.V2_0, target.appKey(), service)))
        .timeout(TIMEOUT).GET();
    if (authorization != null) {
      request.header(Protocol.AUTHORIZATION, authorization);
    }
    return send(request.build());
  }

  /** The service's current key, read by hand; fails unless issuance succeeded. */
  public ServiceKey serviceKey(KeyService service) {
    Answer answer = publicKey(service);
    if (answer.status() != 200 || !answer.successful()) {
      throw new AssertionError("public key for " + service.wireName() + " was not issued: HTTP "
          + answer.status() + ", resultCode " + answer.resultCode());
    }
    JsonObject result = answer.result();
    return ServiceKey.parse(result.getString("version"), result.getString("key"));
  }

  /** A request to an enveloped operation, with every header settable or omittable. */
  public Request request(Operation operation) {
    return new Request(operation);
  }

  private URI uri(String path) {
    return URI.create(target.baseUrl().toString().replaceAll("/+$", "") + path);
  }

  private Answer send(HttpRequest request) {
    try {
      return exchange(request);
    } catch (AssertionError noAnswer) {
      if (!target.refusesBeforeReadingBody()) {
        throw noAnswer;
      }
      return exchange(request);
    }
  }

  private Answer exchange(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new AssertionError(request.method() + " " + request.uri().getPath() + " failed on the wire: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** One enveloped request; {@code null} for a header omits it. */
  public final class Request {
    private final Operation operation;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Request(Operation operation) {
      this.operation = operation;
      headers.put(Protocol.AUTHORIZATION, target.secretKey());
    }

    /** Sets the envelope's {@code Symmetric-Key} and {@code X-Key-Version}. */
    public Request envelope(HandEnvelope envelope) {
      headers.put(Protocol.SYMMETRIC_KEY, envelope.wrappedKey());
      headers.put(Protocol.KEY_VERSION, envelope.keyVersion());
      return this;
    }

    /** Sets a header; null removes it. */
    public Request header(String name, String value) {
      if (value == null) {
        headers.remove(name);
      } else {
        headers.put(name, value);
      }
      return this;
    }

    /** Sends {@code content} as the multipart part {@code image}, {@code application/octet-stream}. */
    public Answer multipart(byte[] content, String fileName) {
      String boundary = "----contract" + UUID.randomUUID().toString().replace("-", "");
      ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
      ascii(body, "--" + boundary + "\r\n"
          + "Content-Disposition: form-data; name=\"" + Protocol.IMAGE_PART + "\"; filename=\"" + fileName + "\"\r\n"
          + "Content-Type: application/octet-stream\r\n\r\n");
      body.writeBytes(content);
      ascii(body, "\r\n--" + boundary + "--\r\n");
      return send(build("multipart/form-data; boundary=" + boundary, body.toByteArray()));
    }

    /** Sends a JSON body (the authenticity request). */
    public Answer json(JsonObject json) {
      return send(build("application/json", json.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private HttpRequest build(String contentType, byte[] body) {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri(Protocol.operationPath(Protocol.V2_0, target.appKey(), operation)))
          .timeout(TIMEOUT)
          .header("Content-Type", contentType)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      headers.forEach(request::header);
      return request.build();
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
      out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
