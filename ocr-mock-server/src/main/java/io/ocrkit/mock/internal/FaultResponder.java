package io.ocrkit.mock.internal;

import io.javalin.http.Context;
import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.mock.Fault;
import io.ocrkit.mock.FaultInjector;
import io.ocrkit.mock.FaultKind;
import java.io.IOException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.channels.NetworkChannel;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/**
 * Applies the next injected fault of an endpoint, if any, through a per-request
 * {@link FaultInjector}; otherwise, or after a delay, runs the normal handling. A delay is a
 * scheduled completion of the request's future: no server thread waits. A request whose client
 * gave up during the delay is still handled when the delay ends, as the real service goes on with
 * a request whose caller timed out: an abandoned authenticity check may have spent its Request-Key,
 * and a client must treat a timed-out check as of unknown outcome.
 */
final class FaultResponder {

  private static final Map<Integer, String> GATEWAY_REASONS =
      Map.of(502, "Bad Gateway", 503, "Service Unavailable", 504, "Gateway Timeout");

  private final FaultQueue faults;
  private final AnswerWriter answers;
  private final ScheduledExecutorService timer;
  private final Executor workers;

  FaultResponder(FaultQueue faults, AnswerWriter answers, ScheduledExecutorService timer, Executor workers) {
    this.faults = faults;
    this.answers = answers;
    this.timer = timer;
    this.workers = workers;
  }

  void respond(Context ctx, String endpoint, Runnable handling) {
    Optional<Fault> fault = faults.take(endpoint);
    if (fault.isEmpty()) {
      handling.run();
    } else {
      fault.get().apply(new Injector(ctx, handling));
    }
  }

  private final class Injector implements FaultInjector {
    private final Context ctx;
    private final Runnable handling;

    Injector(Context ctx, Runnable handling) {
      this.ctx = ctx;
      this.handling = handling;
    }

    @Override
    public void resultCode(int code, Optional<Duration> retryAfter) {
      retryAfter.ifPresent(d -> ctx.header(Protocol.RETRY_AFTER, String.valueOf(d.toSeconds())));
      answers.entry(ctx).fault("result code " + code);
      answers.answer(ctx, code, null);
    }

    @Override
    public void delay(Duration delay) {
      answers.entry(ctx).fault("delay " + delay.toMillis() + " ms");
      CompletableFuture<Void> done = new CompletableFuture<>();
      ScheduledFuture<?> due = timer.schedule(() -> workers.execute(() -> {
        if (done.isDone()) {
          return;
        }
        try {
          handling.run();
          done.complete(null);
        } catch (RuntimeException e) {
          done.completeExceptionally(e);
        }
      }), delay.toMillis(), TimeUnit.MILLISECONDS);
      done.whenComplete((ignored, failure) -> due.cancel(false));
      ctx.future(() -> done);
    }

    @Override
    public void resetConnection() {
      marked(FaultKind.CONNECTION_RESET);
      EndPoint endPoint = ServletContextRequest.getServletContextRequest(ctx.req())
          .getConnectionMetaData().getConnection().getEndPoint();
      if (endPoint.getTransport() instanceof NetworkChannel channel) {
        try {
          SocketOption<Integer> linger = StandardSocketOptions.SO_LINGER;
          channel.setOption(linger, 0);
        } catch (IOException | UnsupportedOperationException e) {
          // closing still drops the connection, as a FIN instead of a reset
        }
      }
      endPoint.close();
    }

    @Override
    public void emptyResponse() {
      marked(FaultKind.EMPTY_RESPONSE);
      Bodies.drainRequest(ctx);
      ctx.status(200).contentType("application/json").result(new byte[0]);
    }

    @Override
    public void malformedJson() {
      marked(FaultKind.MALFORMED_JSON);
      Bodies.drainRequest(ctx);
      ctx.status(200).contentType("application/json")
          .result("{\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"resultMess");
    }

    @Override
    public void gatewayPage(int status, Optional<Duration> retryAfter) {
      marked(FaultKind.HTTP_502_HTML);
      Bodies.drainRequest(ctx);
      retryAfter.ifPresent(d -> ctx.header(Protocol.RETRY_AFTER, String.valueOf(d.toSeconds())));
      String title = status + " " + GATEWAY_REASONS.getOrDefault(status, "Bad Gateway");
      ctx.status(status).contentType("text/html")
          .result("<html><head><title>" + title + "</title></head><body><h1>" + title + "</h1></body></html>");
    }

    private void marked(FaultKind kind) {
      Journal.Entry entry = answers.entry(ctx);
      entry.envelope("fault:" + kind);
      entry.fault(kind.name());
      // These answers carry no result code, which is where a latency otherwise ends.
      entry.ended();
    }
  }
}
