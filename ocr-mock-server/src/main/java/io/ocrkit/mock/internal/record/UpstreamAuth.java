package io.ocrkit.mock.internal.record;

import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.mock.UpstreamCredentials;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The upstream's authentication header: v2.0 the secret key as is; v2.1 a bearer token from the
 * token endpoint, kept until shortly before it expires and made again when the upstream calls it
 * invalid ({@link #forgetToken()}). Thread-safe; nothing it holds is ever put into a message.
 */
final class UpstreamAuth {

  /** A token this close to its end is replaced before use, so no request carries one that expires in flight. */
  static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);

  private final UpstreamCredentials credentials;
  private final URI tokenUrl;
  private final UpstreamHttp http;
  private final Clock clock;
  private String token;
  private Instant tokenEnds = Instant.MIN;

  UpstreamAuth(UpstreamCredentials credentials, URI tokenUrl, UpstreamHttp http, Clock clock) {
    this.credentials = credentials;
    this.tokenUrl = tokenUrl;
    this.http = http;
    this.clock = clock;
  }

  /** The service's OAuth host for the service's domains, else the upstream itself (another mock). */
  static URI tokenUrl(URI upstream) {
    String host = upstream.getHost().toLowerCase(java.util.Locale.ROOT);
    URI base = host.endsWith(".nhncloudservice.com") ? Protocol.OAUTH_BASE_URL : upstream;
    return base.resolve(Protocol.TOKEN_PATH);
  }

  HttpRequest.Builder authorize(HttpRequest.Builder request) {
    if (credentials.secretKey() != null) {
      return request.header(Protocol.AUTHORIZATION, credentials.secretKey());
    }
    return request.header(Protocol.BEARER_AUTHORIZATION, "Bearer " + token());
  }

  synchronized void forgetToken() {
    token = null;
    tokenEnds = Instant.MIN;
  }

  private synchronized String token() {
    Instant now = clock.instant();
    if (token != null && now.plus(EXPIRY_MARGIN).isBefore(tokenEnds)) {
      return token;
    }
    String basic = Base64.getEncoder().encodeToString(
        (credentials.userAccessKeyId() + ":" + credentials.secretAccessKey()).getBytes(StandardCharsets.UTF_8));
    UpstreamHttp.Answer answer = http.send(UpstreamHttp.request(tokenUrl)
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")), "token endpoint");
    Object issued = answer.json().get("access_token");
    if (answer.status() != 200 || !(issued instanceof String text) || text.isBlank()) {
      Object error = answer.json().get("error");
      // The OAuth error code is one of a handful of fixed words, not the upstream's free text.
      throw new UpstreamException("the upstream's token endpoint refused the upstream credentials (HTTP "
          + answer.status() + (error instanceof String e && e.matches("[a-z_]{1,40}") ? ", " + e : "") + ")");
    }
    token = text;
    tokenEnds = now.plusSeconds(expiresIn(answer.json().get("expires_in")));
    return token;
  }

  /** Seconds, as a number or (as the service's docs type it) a string; 60 when unreadable. */
  private static long expiresIn(Object value) {
    try {
      long seconds = value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value).strip());
      return Math.max(seconds, 1);
    } catch (NumberFormatException e) {
      return 60;
    }
  }
}
