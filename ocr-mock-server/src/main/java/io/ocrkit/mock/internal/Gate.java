package io.ocrkit.mock.internal;

import io.javalin.http.Context;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.core.protocol.ResultCode;

/**
 * What a request must pass before anything else is looked at, in the service's order: the path's
 * version, then (after an injected fault) the credentials, the rate, and each required header.
 */
final class Gate {

  private final MockState state;
  private final AnswerWriter answers;

  Gate(MockState state, AnswerWriter answers) {
    this.state = state;
    this.answers = answers;
  }

  /** v2.0 or v2.1, else 4041007 as for any unknown URL. */
  void version(Context ctx) {
    String v = ctx.pathParam("version");
    if (!Protocol.V2_0.equals(v) && !Protocol.V2_1.equals(v)) {
      throw new Reject(ResultCode.URL_NOT_FOUND);
    }
  }

  static KeyService keyService(String name) {
    for (KeyService s : KeyService.values()) {
      if (s.wireName().equals(name)) {
        return s;
      }
    }
    throw new Reject(ResultCode.URL_NOT_FOUND);
  }

  /** v2.0: the secret key as is; v2.1: a bearer token from the token endpoint. Then the rate. */
  AppState admit(Context ctx) {
    String appKey = ctx.pathParam("appKey");
    CredentialStore credentials = state.credentials();
    if (Protocol.V2_1.equals(ctx.pathParam("version"))) {
      String bearer = required(ctx, Protocol.BEARER_AUTHORIZATION);
      if (!credentials.knownAppKey(appKey)) {
        throw new Reject(ResultCode.INVALID_APPKEY_SECRETKEY);
      }
      String token = bearer.regionMatches(true, 0, "Bearer ", 0, 7) ? bearer.substring(7).strip() : "";
      if (!state.tokens().valid(token)) {
        throw new Reject(ResultCode.INVALID_TOKEN);
      }
    } else {
      String secret = required(ctx, Protocol.AUTHORIZATION);
      if (!credentials.validSecret(appKey, secret)) {
        throw new Reject(ResultCode.INVALID_APPKEY_SECRETKEY);
      }
    }
    AppState app = state.app(appKey);
    if (!app.rate().admit()) {
      ctx.header(Protocol.RETRY_AFTER, "1");
      throw new Reject(ResultCode.API_CALL_LIMIT_EXCEEDED);
    }
    return app;
  }

  /** The header's value, stripped; 4000005 when it is missing or blank, the journal naming it. */
  String required(Context ctx, String header) {
    String value = ctx.header(header);
    if (value == null || value.isBlank()) {
      answers.entry(ctx).missingHeader(header);
      throw new Reject(ResultCode.MISSING_REQUIRED_HEADER);
    }
    return value.strip();
  }
}
