package io.ocrkit.mock.samples;

/**
 * What one synthetic sample card shows: the plain values printed on it, exactly as a perfect
 * recogniser would read them back. Every sample is fake and is drawn with a "SAMPLE — NOT A REAL
 * CARD" / 견본 mark; numbers come from {@link SampleData} and either pass their check digits or, in
 * the {@link #withBadCheckDigit()} variants, fail them on purpose.
 *
 * <p>The records validate format only (lengths, character sets), never check digits, so that broken
 * variants can exist. Their {@code toString} masks numbers and names, like every other value in the
 * project that could look personal.
 */
public sealed interface SampleCard
    permits CreditCardSample, ResidentCardSample, DriverLicenseSample, PassportSample {

  /** {@return the kind: {@code credit-card}, {@code resident}, {@code driver} or {@code passport}} */
  String kind();

  /** {@return whether every check this kind of card carries passes (see {@link CheckDigits})} */
  boolean passesChecks();

  /** {@return the same card with exactly one check broken: {@link #passesChecks()} is false for it} */
  SampleCard withBadCheckDigit();
}
