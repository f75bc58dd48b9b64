package io.ocrkit.http.internal;

import io.ocrkit.core.model.Credential;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.OcrTransportException;
import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.http.internal.wire.Answers;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * v2.1 authentication: a bearer token from the User Access Key, issued on first use, kept, and
 * refreshed shortly before it expires. One refresh at a time: concurrent callers wait for the
 * caller that is fetching and share its token. After a {@code 4010006} the token is fetched once
 * more; a fresh token refused again is not retried.
 */
public final class TokenSource implements Auth {

  /** The longest margin before expiry at which a token is renewed. */
  static final Duration MAX_MARGIN = Duration.ofSeconds(60);

  private final HttpSender sender;
  private final WireJson json;
  private final URI tokenUrl;
  private final Credential basic;
  private final Clock clock;
  private final Duration attemptTimeout;
  private final ReentrantLock refreshing = new ReentrantLock();
  private volatile Token token;
  private boolean nextIsRetry;

  public TokenSource(HttpSender sender, WireJson json, URI tokenUrl, String accessKeyId, Credential secretAccessKey,
      Clock clock, Duration attemptTimeout) {
    this.sender = sender;
    this.json = json;
    this.tokenUrl = tokenUrl;
    this.basic = Credential.of("Basic " + Base64.getEncoder().encodeToString(
        (accessKeyId + ":" + secretAccessKey.reveal()).getBytes(StandardCharsets.UTF_8)), "userAccessKey");
    this.clock = clock;
    this.attemptTimeout = attemptTimeout;
  }

  @Override
  public String version() {
    return Protocol.V2_1;
  }

  @Override
  public Presented current(Duration timeout) {
    Token t = token;
    if (t != null && clock.instant().isBefore(t.renewAt)) {
      return t.presented;
    }
    refreshing.lock();
    try {
      t = token;
      if (t != null && clock.instant().isBefore(t.renewAt)) {
        return t.presented; // another caller refreshed while we waited
      }
      boolean retry = nextIsRetry;
      token = fetch(timeout, retry);
      nextIsRetry = false;
      return token.presented;
    } finally {
      refreshing.unlock();
    }
  }

  @Override
  public boolean rejected(Presented used) {
    if (!(used.origin() instanceof Token refused) || refused.afterRejection) {
      return false;
    }
    refreshing.lock();
    try {
      if (token == refused) {
        token = null;
        nextIsRetry = true;
      }
      return true;
    } finally {
      refreshing.unlock();
    }
  }

  private Token fetch(Duration timeout, boolean afterRejection) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(Protocol.AUTHORIZATION, basic.reveal());
    headers.put("Content-Type", "application/x-www-form-urlencoded");
    HttpRequest.Builder request = HttpRequest.newBuilder(tokenUrl)
        .timeout(min(attemptTimeout, timeout))
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials", StandardCharsets.US_ASCII));
    headers.forEach(request::header);
    Instant asked = clock.instant();
    Answers.Token answer =
        sender.exchange("token", tokenUrl.getRawPath(), request.build(), headers, this::read, a -> null);
    long seconds = answer.expiresIn == null ? 86_400 : answer.expiresIn;
    if (seconds <= 0) {
      throw new OcrProtocolException("token answered a non-positive expires_in");
    }
    Duration life = Duration.ofSeconds(seconds);
    Duration margin = life.dividedBy(10).compareTo(MAX_MARGIN) < 0 ? life.dividedBy(10) : MAX_MARGIN;
    Token t = new Token(asked.plus(life).minus(margin), afterRejection);
    t.presented = new Presented(Protocol.BEARER_AUTHORIZATION,
        Credential.of("Bearer " + answer.accessToken, "accessToken"), t);
    return t;
  }

  private Answers.Token read(HttpResponse<String> response) {
    int status = response.statusCode();
    String body = response.body();
    if (status >= 500 || !WireJson.looksLikeJsonObject(body)) {
      throw new OcrTransportException("token got HTTP " + status + " without a JSON answer", null);
    }
    if (status >= 400) {
      // The token endpoint's error shape is not part of the protocol; its status is what we trust.
      throw new OcrServiceException("token", ResultCode.INVALID_APPKEY_SECRETKEY.code(),
          "the token endpoint refused the User Access Key with HTTP " + status);
    }
    Answers.Token answer = json.token(body);
    if ((answer.accessToken == null || answer.accessToken.isBlank()) && answer.header != null
        && Boolean.FALSE.equals(answer.header.isSuccessful) && answer.header.resultCode != null) {
      // A refusal in the protocol's own shape (HTTP 200, header with a result code) names its cause.
      throw new OcrServiceException("token", answer.header.resultCode, answer.header.resultMessage);
    }
    if (answer.accessToken == null || answer.accessToken.isBlank()) {
      throw new OcrProtocolException("token answered without an access_token");
    }
    if (answer.tokenType != null && !answer.tokenType.equalsIgnoreCase("Bearer")) {
      throw new OcrProtocolException("token answered a token_type other than Bearer");
    }
    return answer;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** One issued token: when to renew it and whether it replaced a refused one. */
  private static final class Token {
    final Instant renewAt;
    final boolean afterRejection;
    Presented presented;

    Token(Instant renewAt, boolean afterRejection) {
      this.renewAt = renewAt;
      this.afterRejection = afterRejection;
    }

    @Override
    public String toString() {
      return "Token[renewAt=" + renewAt + "]";
    }
  }
}
