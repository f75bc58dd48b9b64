package io.ocrkit.contract.targets;

import java.util.Locale;

/** The images a contract can ask a target for; on the real target, files in {@code OCR_SAMPLES_DIR}. */
public enum SampleKind {
  CREDIT_CARD,
  RESIDENT,
  DRIVER,
  PASSPORT;

  /** The file name without extension in {@code OCR_SAMPLES_DIR}, e.g. {@code credit-card}. */
  public String fileStem() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
