package io.ocrkit.mock.internal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.ocrkit.mock.Fault;
import io.ocrkit.mock.FaultKind;
import io.ocrkit.mock.JournalEntry;
import io.ocrkit.mock.MockAdmin;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin API under {@code /mock/v1}: JSON in, a {@link MockAdmin} call, JSON out; one small task
 * each (WireMock's {@code AdminRoutes} to {@code AdminTask}). Programs on this machine only, not
 * web pages ({@link AdminGuard}): it changes what the emulated service answers. Bad input answers HTTP 400 with a message naming the field.
 */
public final class AdminApi {

  /** One admin call: reads the request, calls the admin, writes the answer. */
  @FunctionalInterface
  interface Task {
    void run(MockAdmin admin, Context ctx);
  }

  // Bounds of what a test can sensibly ask for; beyond them a value is a mistake or an attack.
  private static final long MAX_FAULT_TIMES = 1_000_000;
  private static final int MAX_RESULT_CODE = 99_999_999;
  private static final long MAX_DELAY_MS = 3_600_000;
  private static final int MAX_RETRY_AFTER_SECONDS = 86_400;
  /** A fixture image comes inside its JSON as Base64: room for a 9 MiB image, well past any card scan. */
  static final int MAX_FIXTURE_IMAGE_BODY = 12 * 1024 * 1024;

  private final MockAdmin admin;

  public AdminApi(MockAdmin admin) {
    this.admin = admin;
  }

  public void install(RoutesConfig routes) {
    routes.post("/mock/v1/fixtures", guarded(AdminApi::addFixture));
    routes.post("/mock/v1/fixtures/image", guarded(AdminApi::addFixtureImage));
    routes.delete("/mock/v1/fixtures", guarded(AdminApi::clearFixtures));
    routes.post("/mock/v1/keys/{serviceName}/rotate", guarded(AdminApi::rotate));
    routes.post("/mock/v1/faults", guarded(AdminApi::addFault));
    routes.post("/mock/v1/tokens/revoke", guarded(AdminApi::revokeTokens));
    routes.post("/mock/v1/clock/advance", guarded(AdminApi::advanceClock));
    routes.get("/mock/v1/requests", guarded(AdminApi::requests));
    routes.post("/mock/v1/reset", guarded(AdminApi::reset));
  }

  private io.javalin.http.Handler guarded(Task task) {
    return ctx -> {
      var refusal = AdminGuard.check(ctx);
      if (refusal.isPresent()) {
        error(ctx, refusal.get().status(), refusal.get().reason());
        return;
      }
      try {
        task.run(admin, ctx);
      } catch (IllegalArgumentException e) {
        error(ctx, 400, e.getMessage());
      }
    };
  }

  static void addFixture(MockAdmin admin, Context ctx) {
    json(ctx, 201, Map.of("sha256", admin.registerFixture(ctx.body())));
  }

  /** The fixture JSON with the image itself, Base64 in {@code image}, instead of its hash. */
  static void addFixtureImage(MockAdmin admin, Context ctx) {
    Map<String, Object> body = Json.readObject(AdminBody.read(ctx, MAX_FIXTURE_IMAGE_BODY));
    if (!(body.remove("image") instanceof String base64)) {
      throw new IllegalArgumentException("'image' must be the image's bytes in Base64");
    }
    byte[] image;
    try {
      image = java.util.Base64.getMimeDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'image' must be the image's bytes in Base64");
    }
    if (Images.inspect(image).isEmpty()) {
      throw new IllegalArgumentException("'image' must be a PNG or JPEG image");
    }
    json(ctx, 201, Map.of("sha256", admin.registerFixtureImage(image, Json.write(body))));
  }

  static void clearFixtures(MockAdmin admin, Context ctx) {
    admin.clearFixtures();
    ctx.status(204);
  }

  static void rotate(MockAdmin admin, Context ctx) {
    Map<String, Object> body = ctx.body().isBlank() ? Map.of() : Json.readObject(ctx.body());
    Object retire = body.getOrDefault("retirePrevious", Boolean.FALSE);
    if (!(retire instanceof Boolean)) {
      throw new IllegalArgumentException("'retirePrevious' must be true or false");
    }
    var service = Fixtures.service(ctx.pathParam("serviceName"));
    Object named = body.get("appKey");
    if (named != null && !(named instanceof String)) {
      throw new IllegalArgumentException("'appKey' must be a string");
    }
    String version = named instanceof String appKey
        ? admin.rotateKey(appKey, service, (Boolean) retire)
        : admin.rotateKey(service, (Boolean) retire);
    json(ctx, 200, Map.of("version", version));
  }

  static void addFault(MockAdmin admin, Context ctx) {
    Map<String, Object> body = Json.readObject(ctx.body());
    String endpoint = Json.text(body, "endpoint");
    if (endpoint == null) {
      throw new IllegalArgumentException("'endpoint' is required");
    }
    int times = (int) AdminInput.whole(body, "times", 1, MAX_FAULT_TIMES, 1);
    Integer code = AdminInput.wholeInt(body, "resultCode", -1, MAX_RESULT_CODE);
    FaultKind kind = null;
    if (body.get("kind") != null) {
      try {
        kind = FaultKind.valueOf(String.valueOf(body.get("kind")));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'kind' must be one of " + Arrays.toString(FaultKind.values()));
      }
    }
    long delay = AdminInput.whole(body, "delayMs", 0, MAX_DELAY_MS, 0);
    Integer retryAfter = AdminInput.wholeInt(body, "retryAfterSeconds", 0, MAX_RETRY_AFTER_SECONDS);
    int status = (int) AdminInput.whole(body, "gatewayStatus", 100, 599, 502);
    admin.injectFault(new Fault(endpoint, times, code, kind, delay, retryAfter, status));
    json(ctx, 201, Map.of("endpoint", endpoint, "times", times));
  }

  static void revokeTokens(MockAdmin admin, Context ctx) {
    admin.revokeTokens();
    ctx.status(204);
  }

  static void advanceClock(MockAdmin admin, Context ctx) {
    Map<String, Object> body = Json.readObject(ctx.body());
    if (body.get("seconds") == null) {
      throw new IllegalArgumentException("'seconds' is required");
    }
    long seconds = AdminInput.whole(body, "seconds", 0, MockClock.MAX_OFFSET.toSeconds(), 0);
    json(ctx, 200, Map.of("now", admin.advanceClock(Duration.ofSeconds(seconds)).toString()));
  }

  static void requests(MockAdmin admin, Context ctx) {
    List<Map<String, Object>> out = admin.requests().stream().map(AdminApi::asJson).toList();
    json(ctx, 200, out);
  }

  static void reset(MockAdmin admin, Context ctx) {
    admin.reset();
    ctx.status(204);
  }

  private static Map<String, Object> asJson(JournalEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("time", e.time());
    m.put("method", e.method());
    m.put("path", e.path());
    m.put("resultCode", e.resultCode());
    m.put("keyVersion", e.keyVersion());
    m.put("envelope", e.envelope());
    m.put("imageType", e.imageType());
    m.put("imageSize", e.imageSize());
    m.put("imagePart", e.imagePart());
    m.put("missingHeader", e.missingHeader());
    m.put("imagePartType", e.imagePartType());
    m.put("imagePartFileName", e.imagePartFileName());
    m.put("imagePartTypeUnexpected", e.imagePartTypeUnexpected());
    m.put("wrappedKeyFingerprint", e.wrappedKeyFingerprint());
    m.put("payloadFingerprint", e.payloadFingerprint());
    return m;
  }

  private static void error(Context ctx, int status, String message) {
    json(ctx, status, Map.of("error", message == null ? "bad request" : message));
  }

  private static void json(Context ctx, int status, Object body) {
    ctx.status(status).contentType("application/json; charset=UTF-8").result(Json.write(body));
  }
}
