package io.ocrkit.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.http.OcrEventListener;
import java.time.Duration;

/**
 * One observation per exchange. The seam calls {@code beforeSend} and then {@code afterAnswer} or
 * {@code onError} on the thread that sends, one exchange at a time per thread, so a thread-local
 * holds the running observation.
 *
 * <p>{@code retried}: the seam has no call id nor attempt number, so a repeat is recognised as the
 * next exchange of the same operation on the same thread after one whose outcome the SDK retries
 * (a transport fault, a retryable result code). A key fetch or token request in between does not
 * break the chain. An exchange that follows a call which gave up after its last attempt is also
 * counted as retried: the seam cannot tell that apart.
 */
final class ObservingListener implements OcrEventListener {

  private static final DefaultOcrObservationConvention DEFAULT = new DefaultOcrObservationConvention();

  private final ObservationRegistry registry;
  private final OcrObservationConvention custom;
  private final ThreadLocal<Observation> running = new ThreadLocal<>();
  /** The operation whose last exchange on this thread asked to be retried, else null. */
  private final ThreadLocal<String> awaitingRetry = new ThreadLocal<>();

  ObservingListener(ObservationRegistry registry, OcrObservationConvention custom) {
    this.registry = registry;
    this.custom = custom;
  }

  @Override
  public void beforeSend(Exchange exchange) {
    String operation = OcrTags.operation(exchange.operation());
    OcrRequestContext context = new OcrRequestContext(operation, operation.equals(awaitingRetry.get()));
    running.set(Observation.createNotStarted(custom, DEFAULT, () -> context, registry).start());
  }

  @Override
  public void afterAnswer(Exchange exchange, int httpStatus, Integer resultCode, Duration elapsed) {
    finish(OcrTags.answerOutcome(httpStatus, resultCode), resultCode);
  }

  @Override
  public void onError(Exchange exchange, RuntimeException error, Duration elapsed) {
    // No observation.error(error): its causes may quote a URL with the app key (see OcrRequestContext).
    finish(OcrTags.errorOutcome(error), OcrTags.errorCode(error));
  }

  private void finish(String outcome, Integer code) {
    Observation observation = running.get();
    running.remove();
    if (observation == null) {
      return;
    }
    OcrRequestContext context = (OcrRequestContext) observation.getContext();
    context.finish(outcome, OcrTags.resultCode(code));
    if (code != null && code == ResultCode.INVALID_KEY_VERSION.code()) {
      observation.event(Observation.Event.of(OcrTags.RESEAL, "re-sealed under a fresh key"));
    } else if (code != null && code == ResultCode.API_CALL_LIMIT_EXCEEDED.code()) {
      observation.event(Observation.Event.of(OcrTags.THROTTLED, "throttled"));
    }
    rememberRetry(context.operation(), outcome, code);
    observation.stop();
  }

  private void rememberRetry(String operation, String outcome, Integer code) {
    if (operation.equals(OcrTags.OPERATION_PUBLIC_KEY) || operation.equals(OcrTags.OPERATION_TOKEN)) {
      return;
    }
    boolean retryable = outcome.equals(OcrTags.OUTCOME_TRANSPORT_ERROR)
        || (code != null && ResultCode.of(code).map(ResultCode::retryable).orElse(false));
    if (retryable) {
      awaitingRetry.set(operation);
    } else {
      awaitingRetry.remove();
    }
  }
}
