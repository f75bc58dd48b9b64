package io.ocrkit.http.internal;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.OcrTransportException;
import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.core.port.out.Attempt;
import io.ocrkit.core.port.out.OcrTransport;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.core.port.out.Wire;
import io.ocrkit.core.port.out.WireAnswer;
import io.ocrkit.http.OcrEventListener.Exchange;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * {@link OcrTransport} on {@code java.net.http}, asynchronous: builds URLs and headers, streams the
 * multipart body as the client pulls it, reads the JSON answer into wire records. Judges nothing the core judges; it only tells
 * answers (JSON with a {@code header}) from non-answers (a gateway's page, a reset, a timeout).
 *
 * <p>One thing is its own: a v2.1 token refused with {@code 4010006} is fetched again, and the
 * answer is marked {@link WireAnswer#credentialsRenewed()}; the core decides to resend it once
 * (a public-key fetch as it is, an enveloped request under a fresh envelope).
 * Thread-safe.
 */
public final class HttpOcrTransport implements OcrTransport {

  private final HttpSender sender;
  private final WireJson json;
  private final URI baseUrl;
  private final String appKey;
  private final Auth auth;
  private final Duration attemptTimeout;
  private final boolean base64Upload;
  private final Clock clock;

  public HttpOcrTransport(HttpSender sender, WireJson json, URI baseUrl, String appKey, Auth auth,
      Duration attemptTimeout, boolean base64Upload, Clock clock) {
    this.sender = sender;
    this.json = json;
    this.baseUrl = baseUrl;
    this.appKey = appKey;
    this.auth = auth;
    this.attemptTimeout = attemptTimeout;
    this.base64Upload = base64Upload;
    this.clock = clock;
  }

  @Override
  public CompletableFuture<WireAnswer<Wire.PublicKey>> fetchPublicKey(KeyService service, Duration timeout,
      Attempt attempt) {
    String operation = service.operation();
    URI uri = resolve(Protocol.publicKeyPath(auth.version(), appKey, service));
    String template = Protocol.publicKeyPath(auth.version(), Exchange.APP_KEY, service);
    Auth.Presented credentials = auth.current(timeout, attempt);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(credentials.header(), credentials.value());
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(perAttempt(timeout)).GET();
    headers.forEach(request::header);
    return send(attempt, operation, template, request.build(), headers, json::publicKey, credentials);
  }

  /** Releases the credentials (revokes a v2.1 token); never throws. */
  public void close() {
    auth.close();
  }

  @Override
  public long imagePartLength(long ciphertextLength) {
    return base64Upload ? Multipart.base64Length(ciphertextLength) : ciphertextLength;
  }

  @Override
  public CompletableFuture<WireAnswer<Wire.CreditCard>> scanCreditCard(Wire.Upload upload, Duration timeout,
      Attempt attempt) {
    return upload(upload, timeout, attempt, json::creditCard);
  }

  @Override
  public CompletableFuture<WireAnswer<Wire.IdCard>> scanIdCard(Wire.Upload upload, Duration timeout,
      Attempt attempt) {
    if (upload.operation() != Operation.ID_CARD && upload.operation() != Operation.ID_CARD_STAND_ALONE) {
      throw new IllegalArgumentException("'upload' must be for id-card or id-card/stand-alone");
    }
    return upload(upload, timeout, attempt, json::idCard);
  }

  @Override
  public CompletableFuture<WireAnswer<Wire.Authenticity>> verifyAuthenticity(Wire.AuthenticityUpload upload,
      Duration timeout, Attempt attempt) {
    String operation = Operation.ID_CARD_AUTHENTICITY.pathSegment();
    Auth.Presented credentials = auth.current(timeout, attempt);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(credentials.header(), credentials.value());
    headers.put(Protocol.KEY_VERSION, upload.keyVersion());
    headers.put(Protocol.SYMMETRIC_KEY, upload.wrappedKey());
    headers.put(Protocol.REQUEST_KEY, upload.requestKey());
    headers.put("Content-Type", "application/json; charset=UTF-8");
    HttpRequest.Builder request = HttpRequest.newBuilder(resolve(
            Protocol.operationPath(auth.version(), appKey, Operation.ID_CARD_AUTHENTICITY)))
        .timeout(perAttempt(timeout))
        .POST(HttpRequest.BodyPublishers.ofString(json.object(upload.body()), StandardCharsets.UTF_8));
    headers.forEach(request::header);
    String template = Protocol.operationPath(auth.version(), Exchange.APP_KEY, Operation.ID_CARD_AUTHENTICITY);
    return send(attempt, operation, template, request.build(), headers, json::authenticity, credentials);
  }

  /** The ciphertext is read as the HTTP client pulls the body, and closed once the exchange is over. */
  private <W> CompletableFuture<WireAnswer<W>> upload(Wire.Upload upload, Duration timeout, Attempt attempt,
      BiFunction<String, String, WireJson.Parsed<W>> parse) {
    String operation = upload.operation().pathSegment();
    CompletableFuture<WireAnswer<W>> answer;
    try {
      Auth.Presented credentials = auth.current(timeout, attempt);
      Multipart body = Multipart.of(upload, base64Upload);
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put(credentials.header(), credentials.value());
      headers.put(Protocol.KEY_VERSION, upload.keyVersion());
      headers.put(Protocol.SYMMETRIC_KEY, upload.wrappedKey());
      headers.put("Content-Type", body.contentType());
      HttpRequest.Builder request = HttpRequest.newBuilder(resolve(
              Protocol.operationPath(auth.version(), appKey, upload.operation())))
          .timeout(perAttempt(timeout))
          .POST(body.publisher());
      headers.forEach(request::header);
      String template = Protocol.operationPath(auth.version(), Exchange.APP_KEY, upload.operation());
      answer = send(attempt, operation, template, request.build(), headers, parse, credentials);
    } catch (RuntimeException notSent) {
      answer = CompletableFuture.failedFuture(notSent);
    }
    return answer.handle((answered, failed) -> {
      try {
        upload.ciphertext().close(); // whatever happened, sent or not
      } catch (IOException e) {
        if (failed == null) {
          throw new OcrTransportException(operation + " could not close its upload stream", e);
        }
      }
      if (failed != null) {
        throw Await.unchecked(failed);
      }
      return answered;
    });
  }

  /**
   * After a refused token ({@code 4010006}) the token is dropped for a new one, and the answer says
   * so: the core then resends the request once, as it does for a stale key.
   */
  private <W> WireAnswer<W> renewRefusedToken(WireAnswer<W> answer, Auth.Presented credentials) {
    return tokenRefused(answer) && auth.rejected(credentials) ? answer.withCredentialsRenewed() : answer;
  }

  private static boolean tokenRefused(WireAnswer<?> answer) {
    return !answer.header().isSuccessful() && answer.header().resultCode() == ResultCode.INVALID_TOKEN.code();
  }

  private <W> CompletableFuture<WireAnswer<W>> send(Attempt attempt, String operation, String template,
      HttpRequest request, Map<String, String> headers, BiFunction<String, String, WireJson.Parsed<W>> parse,
      Auth.Presented credentials) {
    return sender.exchange(attempt, operation, template, request, headers, r -> answer(operation, r, parse),
        a -> a.header().resultCode()).thenApply(answer -> renewRefusedToken(answer, credentials));
  }

  /**
   * A JSON object with a header is the service's answer, whatever the HTTP status. Anything else
   * is a gateway's: a transport fault when the status says failure, a protocol fault on 2xx.
   */
  private <W> WireAnswer<W> answer(String operation, HttpResponse<String> response,
      BiFunction<String, String, WireJson.Parsed<W>> parse) {
    int status = response.statusCode();
    Duration retryAfter = retryAfter(response).orElse(null);
    String body = response.body();
    boolean ok = status >= 200 && status < 300;
    if (!WireJson.looksLikeJsonObject(body)) {
      if (ok) {
        throw new OcrProtocolException(operation + " answered HTTP " + status + " without a JSON body");
      }
      throw new OcrTransportException(operation + " got HTTP " + status + " without a JSON answer"
          + " (a gateway's page?)", retryAfter, null);
    }
    WireJson.Parsed<W> parsed;
    try {
      parsed = parse.apply(operation, body);
    } catch (OcrProtocolException malformed) {
      if (ok) {
        throw malformed;
      }
      throw new OcrTransportException(operation + " got HTTP " + status + " without a service answer",
          retryAfter, null);
    }
    String requestKey = response.headers().firstValue(Protocol.REQUEST_KEY).orElse(null);
    return new WireAnswer<>(parsed.header(), parsed.result(), requestKey, retryAfter);
  }

  /** {@code Retry-After} as seconds or an HTTP date; unparseable values are ignored. */
  private Optional<Duration> retryAfter(HttpResponse<?> response) {
    return response.headers().firstValue(Protocol.RETRY_AFTER).flatMap(value -> {
      String v = value.strip();
      try {
        long seconds = Long.parseLong(v);
        return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
      } catch (NumberFormatException notSeconds) {
        try {
          Duration d = Duration.between(clock.instant(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
          return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException notADate) {
          return Optional.empty();
        }
      }
    });
  }

  private Duration perAttempt(Duration remaining) {
    return remaining.compareTo(attemptTimeout) < 0 ? remaining : attemptTimeout;
  }

  private URI resolve(String path) {
    String base = baseUrl.toString();
    return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) + path : base + path);
  }
}
