package io.ocrkit.http.internal;

import io.ocrkit.core.model.Credential;
import io.ocrkit.core.port.out.Attempt;
import io.ocrkit.core.protocol.Protocol;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
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
 * more; a fresh token refused again is not retried. {@link #close()} revokes the token held.
 */
public final class TokenSource implements Auth {

  private static final Logger LOG = System.getLogger(TokenSource.class.getName());

  /** How long {@link #close()} waits for the revocation: closing must stay quick. */
  static final Duration REVOKE_TIMEOUT = Duration.ofMillis(1500);

  /** The longest margin before expiry at which a token is renewed. */
  static final Duration MAX_MARGIN = Duration.ofSeconds(60);

  private final HttpSender sender;
  private final WireJson json;
  private final URI tokenUrl;
  private final URI revokeUrl;
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
    // The revocation endpoint sits beside the issuing one: .../oauth2/token/revoke.
    this.revokeUrl = tokenUrl.resolve("revoke");
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
  public Presented current(Duration timeout, Attempt attempt) {
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
      token = fetch(timeout, retry, attempt);
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

  private Token fetch(Duration timeout, boolean afterRejection, Attempt attempt) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(Protocol.AUTHORIZATION, basic.reveal());
    headers.put("Content-Type", "application/x-www-form-urlencoded");
    HttpRequest.Builder request = HttpRequest.newBuilder(tokenUrl)
        .timeout(min(attemptTimeout, timeout))
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials", StandardCharsets.US_ASCII));
    headers.forEach(request::header);
    Instant asked = clock.instant();
    // Blocks the thread that needs the token, once per token's life: concurrent callers wait on the lock.
    TokenAnswer.Issued issued = Await.result(sender.exchange(attempt, "token", tokenUrl.getRawPath(),
        request.build(), headers, response -> TokenAnswer.read(json, response), a -> null));
    Duration life = issued.life;
    Duration margin = life.dividedBy(10).compareTo(MAX_MARGIN) < 0 ? life.dividedBy(10) : MAX_MARGIN;
    Token t = new Token(asked.plus(life).minus(margin), afterRejection);
    t.accessToken = Credential.of(issued.accessToken, "accessToken");
    t.presented = new Presented(Protocol.BEARER_AUTHORIZATION,
        Credential.of("Bearer " + issued.accessToken, "accessToken"), t);
    return t;
  }

  /**
   * Revokes the token held, if any, so that it cannot be used after the client is closed. Best
   * effort within {@link #REVOKE_TIMEOUT}: a failure is logged at debug level, never thrown.
   */
  @Override
  public void close() {
    Token held;
    refreshing.lock();
    try {
      held = token;
      token = null;
    } finally {
      refreshing.unlock();
    }
    if (held == null || held.accessToken == null) {
      return;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(Protocol.AUTHORIZATION, basic.reveal());
    headers.put("Content-Type", "application/x-www-form-urlencoded");
    HttpRequest.Builder request = HttpRequest.newBuilder(revokeUrl).timeout(min(REVOKE_TIMEOUT, attemptTimeout))
        .POST(HttpRequest.BodyPublishers.ofString("token="
            + URLEncoder.encode(held.accessToken.reveal(), StandardCharsets.UTF_8), StandardCharsets.US_ASCII));
    headers.forEach(request::header);
    try {
      sender.ownCall("token/revoke", attempt -> sender.exchange(attempt, "token/revoke", revokeUrl.getRawPath(),
          request.build(), headers, r -> r.statusCode(), status -> null));
    } catch (RuntimeException bestEffort) {
      LOG.log(Level.DEBUG, () -> "token revocation failed: " + bestEffort.getClass().getSimpleName());
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** One issued token: when to renew it and whether it replaced a refused one. */
  private static final class Token {
    final Instant renewAt;
    final boolean afterRejection;
    Presented presented;
    Credential accessToken;

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
