package io.ocrkit.mock.internal;

import io.javalin.Javalin;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.crypto.server.ServerEnvelopeCrypto;
import io.ocrkit.mock.MockAdmin;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The mock's HTTP server: the emulated service's routes (v2.0 and v2.1), the token endpoint, the
 * admin API, and the one mapping of a {@link Reject} to its protocol answer. Owns the threads that
 * complete delayed answers; {@link #stop()} ends them with the server.
 */
public final class Routes {

  /** The most bytes of a body the mock reads into memory whole: admin JSON, the token form. */
  public static final int MAX_READ_WHOLE_BODY = 64 * 1024;

  private static final String APP = "/{version}/appkeys/{appKey}/";

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemons("ocr-mock-delay"));
  private final ExecutorService workers = Executors.newCachedThreadPool(daemons("ocr-mock-delayed"));
  private final Javalin javalin;
  private final Dashboard dashboard;

  public Routes(String host, int port, MockState state, MockAdmin admin, ServerEnvelopeCrypto crypto) {
    this(host, port, state, admin, crypto, null);
  }

  /** {@code upstream}: where scans are forwarded while recording; null to answer them here. */
  public Routes(String host, int port, MockState state, MockAdmin admin, ServerEnvelopeCrypto crypto,
      UpstreamProxy upstream) {
    AnswerWriter answers = new AnswerWriter(state);
    FaultResponder faults = new FaultResponder(state.faults(), answers, timer, workers);
    OcrApi api = new OcrApi(state, crypto, answers, faults, upstream);
    TokenEndpoint token = new TokenEndpoint(state, faults);
    AdminApi adminApi = new AdminApi(admin);
    dashboard = new Dashboard(state, timer);
    javalin = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.startup.startupWatcherEnabled = false;
      cfg.jetty.host = host;
      cfg.jetty.port = port;
      // Bodies read whole (admin JSON, the token form) stop at 64 KiB with HTTP 413; uploads and the
      // authenticity JSON are streamed and capped by the OCR API itself.
      cfg.http.maxRequestSize = MAX_READ_WHOLE_BODY;
      cfg.routes.get(APP + "public-keys/{serviceName}", api::publicKey);
      cfg.routes.post(APP + "credit-card", ctx -> api.scan(ctx, Operation.CREDIT_CARD));
      cfg.routes.post(APP + "id-card", ctx -> api.scan(ctx, Operation.ID_CARD));
      cfg.routes.post(APP + "id-card/stand-alone", ctx -> api.scan(ctx, Operation.ID_CARD_STAND_ALONE));
      cfg.routes.post(APP + "id-card/authenticity", api::authenticity);
      cfg.routes.post("/oauth2/token/create", token::create);
      cfg.routes.post("/oauth2/token/revoke", token::revoke);
      adminApi.install(cfg.routes);
      dashboard.install(cfg.routes);
      cfg.routes.exception(Reject.class, answers::reject);
      cfg.routes.exception(Exception.class, answers::fail);
      cfg.routes.error(404, answers::notFound);
    });
  }

  /** Starts listening; returns the bound port. */
  public int start() {
    javalin.start();
    return javalin.port();
  }

  public void stop() {
    dashboard.close();
    javalin.stop();
    workers.shutdownNow();
    timer.shutdownNow();
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
