package io.ocrkit.mock.internal;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /oauth2/token/create} and {@code /oauth2/token/revoke}: Basic auth with the user
 * access key. An OAuth 2.0 server, not the OCR API: its errors are RFC 6749 §5.2's ({@code error},
 * {@code error_description}; HTTP 400, or 401 for {@code invalid_client}), never the OCR header.
 */
final class TokenEndpoint {

  private final MockState state;
  private final FaultResponder faults;

  TokenEndpoint(MockState state, FaultResponder faults) {
    this.state = state;
    this.faults = faults;
  }

  /** Its faults are those of the endpoint {@code token}: a slow, failing or dropped token service. */
  public void create(Context ctx) {
    faults.respond(ctx, "token", () -> issue(ctx));
  }

  /** RFC 7009's answer: HTTP 200 whether or not the token was known; the journal says which. */
  public void revoke(Context ctx) {
    Journal.Entry entry = state.journal().begin(state.clock().instant().toString(), ctx.method().name(), ctx.path());
    if (!authenticated(ctx)) {
      entry.envelope("token-refused");
      return;
    }
    String token = ctx.formParam("token");
    if (token == null || token.isBlank()) {
      entry.envelope("token-refused");
      error(ctx, 400, "invalid_request", "the form parameter 'token' is required");
      return;
    }
    entry.envelope(state.tokens().revoke(token.strip()) ? "token-revoked" : "token-unknown");
    ctx.status(200).contentType("application/json; charset=UTF-8").result("{}");
  }

  private void issue(Context ctx) {
    if (!authenticated(ctx)) {
      return;
    }
    String grant = ctx.formParam("grant_type");
    if (grant == null || grant.isBlank()) {
      error(ctx, 400, "invalid_request", "the form parameter 'grant_type' is required");
      return;
    }
    if (!"client_credentials".equals(grant)) {
      error(ctx, 400, "unsupported_grant_type", "only 'client_credentials' is supported");
      return;
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("access_token", state.tokens().issue());
    answer.put("token_type", "Bearer");
    long seconds = state.tokens().ttl().toSeconds();
    answer.put("expires_in", state.config().tokenExpiresInAsString() ? (Object) String.valueOf(seconds) : seconds);
    ctx.status(200).contentType("application/json; charset=UTF-8").result(Json.write(answer));
  }

  /** Whether Basic auth names the user access key; if not, the 401 is answered here. */
  private boolean authenticated(Context ctx) {
    String auth = ctx.header("Authorization");
    String id = "";
    String secret = "";
    if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String pair = new String(Base64.getDecoder().decode(auth.substring(6).strip()), StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        if (colon >= 0) {
          id = pair.substring(0, colon);
          secret = pair.substring(colon + 1);
        }
      } catch (IllegalArgumentException notBase64) {
        // stays empty: refused below
      }
    }
    if (!state.credentials().validUserAccessKey(id, secret)) {
      ctx.header("WWW-Authenticate", "Basic realm=\"oauth2\"");
      error(ctx, 401, "invalid_client", "client authentication failed");
      return false;
    }
    return true;
  }

  private static void error(Context ctx, int status, String error, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", description);
    ctx.status(status).contentType("application/json; charset=UTF-8").result(Json.write(body));
  }
}
