package io.ocrkit.core.validation;

import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.DriverLicense;
import io.ocrkit.core.model.Finding;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.Passport;
import io.ocrkit.core.model.Recognized;
import io.ocrkit.core.model.ResidentCard;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The SDK's checks of what the service read: check digits (Luhn, resident registration numbers,
 * ICAO 9303 machine-readable zones), card networks and lengths, real dates, expiry against the
 * injected {@link Clock}, agreement between fields that say the same thing, and the service's own
 * confidence. The codes are listed in {@link FindingCodes}.
 *
 * <p>Guarantees: {@code check} never throws for anything the service read (a check that fails
 * unexpectedly becomes a {@link FindingCodes#CHECK_FAILED} notice), never puts a value it judged
 * into a finding's message, and names fields by their wire names ({@code totalCardNum},
 * {@code cardNums[2]}, {@code residentNumber}, {@code MRZ2}, …). Immutable and thread-safe.
 */
public final class StandardValidator implements ResultValidator {

  /** The confidence below which a field is reported, unless another threshold is given. */
  public static final double DEFAULT_CONFIDENCE_THRESHOLD = 0.5;

  private final Clock clock;
  private final double threshold;
  private final CardRules cards;
  private final IdRules ids;
  private final PassportRules passports;

  private StandardValidator(Clock clock, double threshold) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    if (!(threshold >= 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("'threshold' must be between 0 and 1, was " + threshold);
    }
    this.threshold = threshold;
    this.cards = new CardRules(clock);
    this.ids = new IdRules(clock);
    this.passports = new PassportRules(clock, ids);
  }

  /**
   * Checks against the system clock with the default confidence threshold.
   *
   * @return a new validator
   */
  public static StandardValidator create() {
    return create(Clock.systemDefaultZone(), DEFAULT_CONFIDENCE_THRESHOLD);
  }

  /**
   * Checks against {@code clock} with the default confidence threshold.
   *
   * @param clock the clock that dates are judged by (expired cards, birth dates)
   * @return a new validator
   * @throws NullPointerException if {@code clock} is null
   */
  public static StandardValidator create(Clock clock) {
    return create(clock, DEFAULT_CONFIDENCE_THRESHOLD);
  }

  /**
   * Checks against {@code clock}; a field read with a confidence below {@code threshold} (0 to 1)
   * is a finding.
   *
   * @param clock the clock that dates are judged by (expired cards, birth dates)
   * @param threshold the lowest confidence that is not a finding
   * @return a new validator
   * @throws NullPointerException if {@code clock} is null
   * @throws IllegalArgumentException if {@code threshold} is not between 0 and 1
   */
  public static StandardValidator create(Clock clock, double threshold) {
    return new StandardValidator(clock, threshold);
  }

  /**
   * The clock dates are judged by.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The lowest confidence that is not a finding.
   *
   * @return from 0 to 1
   */
  public double threshold() {
    return threshold;
  }

  @Override
  public List<Finding> check(CreditCard card) {
    Objects.requireNonNull(card, "card == null");
    Findings out = new Findings();
    cards.check(card, out);
    out.run(() -> {
      for (int i = 0; i < card.numberGroups().size(); i++) {
        confidence(card.numberGroups().get(i), "cardNums[" + i + "]", out);
      }
      card.validThru().ifPresent(v -> confidence(v, "validThru", out));
    });
    return out.toList();
  }

  @Override
  public List<Finding> check(IdCardScan scan) {
    Objects.requireNonNull(scan, "scan == null");
    Findings out = new Findings();
    out.run(() -> {
      if (scan.card() instanceof ResidentCard resident) {
        ids.check(resident, out);
      } else if (scan.card() instanceof DriverLicense licence) {
        ids.check(licence, out);
      } else if (scan.card() instanceof Passport passport) {
        passports.check(passport, out);
      }
    });
    out.run(() -> {
      for (Map.Entry<String, ? extends Recognized<?>> e : scan.card().keyValues().asMap().entrySet()) {
        confidence(e.getValue(), e.getKey(), out);
      }
    });
    return out.toList();
  }

  private void confidence(Recognized<?> reading, String field, Findings out) {
    if (reading.confidence() < threshold) {
      out.warning(FindingCodes.LOW_CONFIDENCE, field, String.format(Locale.ROOT,
          "The service was only %.2f sure of this field (threshold %.2f); compare it with the document.",
          reading.confidence(), threshold));
    }
  }

  @Override
  public String toString() {
    return "StandardValidator[threshold=" + threshold + "]";
  }
}
