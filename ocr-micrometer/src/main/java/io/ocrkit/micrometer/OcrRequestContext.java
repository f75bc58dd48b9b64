package io.ocrkit.micrometer;

import io.micrometer.observation.Observation;

/**
 * What an observation of one exchange knows, already reduced to bounded tag values: no path, no
 * header, no app key, no exception message (a transport failure's cause may quote a URL holding the
 * app key, and tracing bridges record the causes of an error).
 */
public final class OcrRequestContext extends Observation.Context {

  private final String operation;
  private final boolean retried;
  private String outcome = OcrTags.OUTCOME_UNKNOWN;
  private String resultCode = OcrTags.CODE_NONE;

  OcrRequestContext(String operation, boolean retried) {
    this.operation = operation;
    this.retried = retried;
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

  /** {@return whether this exchange repeats one of the same operation that asked to be retried} */
  public boolean retried() {
    return retried;
  }

  void finish(String outcome, String resultCode) {
    this.outcome = outcome;
    this.resultCode = resultCode;
  }
}
