package io.ocrkit.mock.internal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The dashboard under {@code /mock/ui}: four static files from the jar, and the admin reads it
 * needs besides the admin API ({@code /mock/v1/state}, {@code /mock/v1/events}, one request's
 * detail {@code /mock/v1/requests/{seq}}, a fixture's thumbnail). Guarded as
 * the admin API is ({@link AdminGuard}); the page itself only calls the documented admin API.
 */
public final class Dashboard {

  private static final Map<String, String> FILES = Map.of(
      "index.html", "text/html; charset=UTF-8",
      "app.js", "text/javascript; charset=UTF-8",
      "actions.js", "text/javascript; charset=UTF-8",
      "app.css", "text/css; charset=UTF-8");
  // Nothing from elsewhere, no inline script: the page runs only the mock's own two scripts.
  private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final MockState state;
  private final EventStream events;

  public Dashboard(MockState state, ScheduledExecutorService timer) {
    this.state = state;
    this.events = new EventStream(state, timer);
  }

  public void install(RoutesConfig routes) {
    routes.get("/mock/ui", guarded(ctx -> file(ctx, "index.html")));
    routes.get("/mock/ui/{file}", guarded(ctx -> file(ctx, ctx.pathParam("file"))));
    routes.get("/mock/v1/state", guarded(ctx -> ctx.status(200).contentType("application/json; charset=UTF-8")
        .result(Json.write(StateView.of(state)))));
    routes.get("/mock/v1/events", guarded(events::serve));
    routes.get("/mock/v1/requests/{seq}", guarded(this::request));
    routes.get("/mock/v1/fixtures/{serviceName}/{sha256}/thumbnail", guarded(this::thumbnail));
  }

  private void request(Context ctx) {
    long seq;
    try {
      seq = Long.parseLong(ctx.pathParam("seq"));
    } catch (NumberFormatException e) {
      seq = -1;
    }
    var found = seq < 0 ? java.util.Optional.<Journal.Numbered>empty() : state.journal().find(seq);
    if (found.isEmpty()) {
      AnswerWriter.adminNotFound(ctx, "no request " + ctx.pathParam("seq") + " in the journal");
      return;
    }
    ctx.status(200).contentType("application/json; charset=UTF-8").result(Json.write(JournalRows.detail(found.get())));
  }

  private void thumbnail(Context ctx) {
    var png = state.fixtures().thumbnail(Fixtures.service(ctx.pathParam("serviceName")), ctx.pathParam("sha256"));
    if (png.isEmpty()) {
      AnswerWriter.adminNotFound(ctx, "no thumbnail of that fixture");
      return;
    }
    // Only this page may show it: another site's <img> cannot, although a GET sends no Origin.
    ctx.status(200).contentType("image/png").header("Cross-Origin-Resource-Policy", "same-origin")
        .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").result(png.get());
  }

  public void close() {
    events.close();
  }

  private static void file(Context ctx, String name) {
    String type = FILES.get(name);
    if (type == null) {
      ctx.status(404).contentType("text/plain").result("no such file");
      return;
    }
    try (InputStream in = Dashboard.class.getResourceAsStream("/io/ocrkit/mock/ui/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the dashboard resource " + name + " is missing from the jar");
      }
      ctx.status(200).contentType(type).header("Content-Security-Policy", CSP)
          .header("Cross-Origin-Resource-Policy", "same-origin")
          .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store")
          .result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Handler guarded(Handler handler) {
    return ctx -> {
      var refusal = AdminGuard.check(ctx);
      if (refusal.isPresent()) {
        ctx.status(refusal.get().status()).contentType("application/json; charset=UTF-8")
            .result(Json.write(Map.of("error", refusal.get().reason())));
        return;
      }
      try {
        handler.handle(ctx);
      } catch (IllegalArgumentException e) {
        ctx.status(400).contentType("application/json; charset=UTF-8").result(Json.write(Map.of("error", e.getMessage())));
      }
    };
  }
}
