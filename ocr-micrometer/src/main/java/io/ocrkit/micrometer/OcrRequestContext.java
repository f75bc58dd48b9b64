package io.ocrkit.micrometer;

import io.micrometer.observation.Observation;
import io.ocrkit.core.protocol.ResultCode;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What an observation of one call knows, already reduced to bounded tag values: no path, no
 * header, no app key, no exception message (a transport failure's cause may quote a URL holding the
 * app key, and tracing bridges record the causes of an error). Thread-safe: a call's exchanges may
 * be reported from several threads.
 */
public final class OcrRequestContext extends Observation.Context {

  private final String operation;
  private volatile boolean retried;
  private final AtomicInteger reseals = new AtomicInteger();
  private final AtomicInteger throttled = new AtomicInteger();
  private volatile String outcome = OcrTags.OUTCOME_UNKNOWN;
  private volatile String resultCode = OcrTags.CODE_NONE;

  OcrRequestContext(String operation) {
    this.operation = operation;
  }

  /** {@return one of the {@code OPERATION_…} values of {@link OcrTags}} */
  public String operation() {
    return operation;
  }

  /** {@return one of the {@code OUTCOME_…} values of {@link OcrTags}; unknown until it ends} */
  public String outcome() {
    return outcome;
  }

  /** {@return a documented result code, {@link OcrTags#CODE_OTHER} or {@link OcrTags#CODE_NONE}} */
  public String resultCode() {
    return resultCode;
  }

  /** {@return whether the call took more than one attempt (a retry, a re-seal, a resend with a renewed token)} */
  public boolean retried() {
    return retried;
  }

  /** {@return how many answers asked for a re-seal under a fresh key ({@code 4000301})} */
  public int reseals() {
    return reseals.get();
  }

  /** {@return how many answers were throttled ({@code 4000006})} */
  public int throttled() {
    return throttled.get();
  }

  void markRetried() {
    retried = true;
  }

  void answered(int code) {
    if (code == ResultCode.INVALID_KEY_VERSION.code()) {
      reseals.incrementAndGet();
    } else if (code == ResultCode.API_CALL_LIMIT_EXCEEDED.code()) {
      throttled.incrementAndGet();
    }
  }

  void finish(String outcome, String resultCode) {
    this.outcome = outcome;
    this.resultCode = resultCode;
  }
}
