package io.ocrkit.micrometer;

import io.micrometer.common.KeyValues;

/** {@value #NAME}, tagged with the four low-cardinality keys of {@link OcrTags}. */
public class DefaultOcrObservationConvention implements OcrObservationConvention {

  /** The observation's name, and so the timer's. */
  public static final String NAME = "ocrkit.client.requests";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public String getContextualName(OcrRequestContext context) {
    return "ocrkit " + context.operation();
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(OcrRequestContext context) {
    return KeyValues.of(
        OcrTags.OPERATION, context.operation(),
        OcrTags.OUTCOME, context.outcome(),
        OcrTags.RESULT_CODE, context.resultCode(),
        OcrTags.RETRIED, Boolean.toString(context.retried()));
  }
}
