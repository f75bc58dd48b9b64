package io.ocrkit.mock.internal;

import io.javalin.http.Context;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.mock.Fault;
import io.ocrkit.mock.FaultKind;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The admin API under {@code /mock/v1}: fixtures, key rotation, faults, the clock, the journal,
 * reset. Loopback callers only: it changes what the emulated service answers.
 */
public final class AdminApi {

  private final MockState state;
  private final String defaultAppKey;

  public AdminApi(MockState state, String defaultAppKey) {
    this.state = state;
    this.defaultAppKey = defaultAppKey;
  }

  /** Whether a remote address is a loopback address; anything unparsable is not. */
  public static boolean isLoopback(String address) {
    if (address == null || address.isBlank()) {
      return false;
    }
    String a = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
    // Only literal addresses: a host name here would mean a DNS lookup deciding access.
    if (!a.matches("[0-9a-fA-F:.%a-zA-Z]+") || !(a.contains(".") || a.contains(":"))) {
      return false;
    }
    try {
      return InetAddress.getByName(a).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Wraps an admin handler: loopback check, and bad input as HTTP 400 with a message. */
  public io.javalin.http.Handler guarded(io.javalin.http.Handler handler) {
    return ctx -> {
      if (!isLoopback(ctx.req().getRemoteAddr())) {
        error(ctx, 403, "the admin API answers loopback callers only");
        return;
      }
      try {
        handler.handle(ctx);
      } catch (IllegalArgumentException e) {
        error(ctx, 400, e.getMessage());
      }
    };
  }

  public void addFixture(Context ctx) {
    Fixtures.Parsed parsed = Fixtures.parse(Json.readObject(ctx.body()), true);
    state.putFixture(parsed.service(), parsed.sha256(), parsed.recognition());
    json(ctx, 201, Map.of("sha256", parsed.sha256()));
  }

  public void clearFixtures(Context ctx) {
    state.clearFixtures();
    ctx.status(204);
  }

  public void rotate(Context ctx) {
    KeyService service = Fixtures.service(ctx.pathParam("serviceName"));
    Map<String, Object> body = ctx.body().isBlank() ? Map.of() : Json.readObject(ctx.body());
    Object retire = body.getOrDefault("retirePrevious", Boolean.FALSE);
    if (!(retire instanceof Boolean)) {
      throw new IllegalArgumentException("'retirePrevious' must be true or false");
    }
    String appKey = body.get("appKey") instanceof String s ? s : defaultAppKey;
    String version = state.app(appKey).rotate(service, (Boolean) retire);
    json(ctx, 200, Map.of("version", version));
  }

  public void addFault(Context ctx) {
    Map<String, Object> body = Json.readObject(ctx.body());
    String endpoint = Json.text(body, "endpoint");
    int times = body.get("times") instanceof Number n ? n.intValue() : 1;
    Integer code = body.get("resultCode") instanceof Number n ? Integer.valueOf(n.intValue()) : null;
    FaultKind kind = null;
    if (body.get("kind") instanceof String k) {
      try {
        kind = FaultKind.valueOf(k);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'kind' must be one of " + java.util.Arrays.toString(FaultKind.values()));
      }
    }
    long delay = body.get("delayMs") instanceof Number n ? n.longValue() : 0;
    if (endpoint == null) {
      throw new IllegalArgumentException("'endpoint' is required");
    }
    state.addFault(new Fault(endpoint, times, code, kind, delay));
    json(ctx, 201, Map.of("endpoint", endpoint, "times", times));
  }

  public void advanceClock(Context ctx) {
    Map<String, Object> body = Json.readObject(ctx.body());
    if (!(body.get("seconds") instanceof Number seconds) || seconds.longValue() < 0) {
      throw new IllegalArgumentException("'seconds' must be a number of seconds, at least 0");
    }
    state.clock().advance(Duration.ofSeconds(seconds.longValue()));
    json(ctx, 200, Map.of("now", state.clock().instant().toString()));
  }

  public void requests(Context ctx) {
    json(ctx, 200, state.journal().snapshot());
  }

  public void reset(Context ctx) {
    state.reset();
    ctx.status(204);
  }

  /** {@code POST /oauth2/token/create}: Basic auth with the user access key, client credentials. */
  public void token(Context ctx) {
    String auth = ctx.header("Authorization");
    if (auth == null || auth.isBlank()) {
      json(ctx, 200, OcrApi.body(io.ocrkit.core.protocol.ResultCode.MISSING_REQUIRED_HEADER.code(), null));
      return;
    }
    String id = "";
    String secret = "";
    if (auth.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String pair = new String(java.util.Base64.getDecoder().decode(auth.substring(6).strip()),
            java.nio.charset.StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        if (colon >= 0) {
          id = pair.substring(0, colon);
          secret = pair.substring(colon + 1);
        }
      } catch (IllegalArgumentException notBase64) {
        // stays empty: refused below
      }
    }
    if (!state.validUserAccessKey(id, secret)) {
      json(ctx, 200, OcrApi.body(io.ocrkit.core.protocol.ResultCode.INVALID_APPKEY_SECRETKEY.code(), null));
      return;
    }
    if (!"client_credentials".equals(ctx.formParam("grant_type"))) {
      json(ctx, 200, OcrApi.body(io.ocrkit.core.protocol.ResultCode.INVALID_PARAMETER.code(), null));
      return;
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("access_token", state.issueToken());
    answer.put("token_type", "Bearer");
    answer.put("expires_in", state.config().tokenTtl().toSeconds());
    json(ctx, 200, answer);
  }

  private static void error(Context ctx, int status, String message) {
    json(ctx, status, Map.of("error", message == null ? "bad request" : message));
  }

  private static void json(Context ctx, int status, Object body) {
    ctx.status(status).contentType("application/json; charset=UTF-8").result(Json.write(body));
  }
}
