package io.ocrkit.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.http.OcrEventListener;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One observation per call, from {@code callStart} to {@code callEnd} or {@code callFailed}, found
 * again by the call's id: a call's callbacks may come on different threads (async calls, key
 * fetches shared between calls), so nothing is kept per thread. Its exchanges only add to it:
 * an attempt after the first marks it retried, a {@code 4000301} or {@code 4000006} answer is
 * counted and signalled when the call stops, so the counters carry the call's final tags.
 *
 * <p>The revocation of a token at close is the client's own work, not a call the application
 * made, and is not observed.
 */
final class ObservingListener implements OcrEventListener {

  private static final DefaultOcrObservationConvention DEFAULT = new DefaultOcrObservationConvention();

  private final ObservationRegistry registry;
  private final OcrObservationConvention custom;
  private final Map<Long, Observation> running = new ConcurrentHashMap<>();

  ObservingListener(ObservationRegistry registry, OcrObservationConvention custom) {
    this.registry = registry;
    this.custom = custom;
  }

  @Override
  public void callStart(Call call) {
    String operation = OcrTags.operation(call.operation());
    if (operation.equals(OcrTags.OPERATION_OTHER)) {
      return;
    }
    OcrRequestContext context = new OcrRequestContext(operation);
    running.put(call.id(), Observation.createNotStarted(custom, DEFAULT, () -> context, registry).start());
  }

  @Override
  public void beforeSend(Exchange exchange) {
    OcrRequestContext context = contextOf(exchange.call());
    if (context != null && exchange.attempt() > 1) {
      context.markRetried();
    }
  }

  @Override
  public void afterAnswer(Exchange exchange, int httpStatus, Integer resultCode, Duration elapsed) {
    OcrRequestContext context = contextOf(exchange.call());
    if (context != null && resultCode != null) {
      context.answered(resultCode);
    }
  }

  @Override
  public void callEnd(Call call, Duration elapsed) {
    finish(call, OcrTags.OUTCOME_SUCCESS, ResultCode.SUCCESS.code());
  }

  @Override
  public void callFailed(Call call, RuntimeException error, Duration elapsed) {
    // No observation.error(error): its causes may quote a URL with the app key (see OcrRequestContext).
    finish(call, OcrTags.errorOutcome(error), OcrTags.errorCode(error));
  }

  private OcrRequestContext contextOf(Call call) {
    Observation observation = running.get(call.id());
    return observation == null ? null : (OcrRequestContext) observation.getContext();
  }

  private void finish(Call call, String outcome, Integer code) {
    Observation observation = running.remove(call.id());
    if (observation == null) {
      return;
    }
    OcrRequestContext context = (OcrRequestContext) observation.getContext();
    context.finish(outcome, OcrTags.resultCode(code));
    for (int i = 0; i < context.reseals(); i++) {
      observation.event(Observation.Event.of(OcrTags.RESEAL, "re-sealed under a fresh key"));
    }
    for (int i = 0; i < context.throttled(); i++) {
      observation.event(Observation.Event.of(OcrTags.THROTTLED, "throttled"));
    }
    observation.stop();
  }
}
