package io.ocrkit.mock.internal;

import io.javalin.http.Context;
import io.ocrkit.core.protocol.ResultCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /oauth2/token/create}: Basic auth with the user access key, client credentials. */
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

  private void issue(Context ctx) {
    String auth = ctx.header("Authorization");
    if (auth == null || auth.isBlank()) {
      json(ctx, AnswerWriter.body(ResultCode.MISSING_REQUIRED_HEADER.code(), null));
      return;
    }
    String id = "";
    String secret = "";
    if (auth.regionMatches(true, 0, "Basic ", 0, 6)) {
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
      json(ctx, AnswerWriter.body(ResultCode.INVALID_APPKEY_SECRETKEY.code(), null));
      return;
    }
    if (!"client_credentials".equals(ctx.formParam("grant_type"))) {
      json(ctx, AnswerWriter.body(ResultCode.INVALID_PARAMETER.code(), null));
      return;
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("access_token", state.tokens().issue());
    answer.put("token_type", "Bearer");
    answer.put("expires_in", state.tokens().ttl().toSeconds());
    json(ctx, answer);
  }

  private static void json(Context ctx, Object body) {
    ctx.status(200).contentType("application/json; charset=UTF-8").result(Json.write(body));
  }
}
