package io.ocrkit.core.model;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A card's "valid thru" as read ({@code MM/YY}), with its month when it parses. Masked. */
public final class CardExpiry extends SensitiveValue {

  private static final Pattern MM_YY = Pattern.compile("\\s*(\\d{2})\\s*/\\s*(\\d{2})\\s*");

  private CardExpiry(String text) {
    super(text, "validThru");
  }

  /**
   * Wraps the expiry text exactly as the service read it; it is not checked, see {@link #yearMonth()}.
   *
   * @param text the text as read, not null
   * @return the masked value
   */
  public static CardExpiry of(String text) {
    return new CardExpiry(text);
  }

  /**
   * The month the card expires at the end of, if the text is a real {@code MM/YY}.
   *
   * @return the month (20YY), or empty when the text is not a real {@code MM/YY}
   */
  public Optional<YearMonth> yearMonth() {
    Matcher m = MM_YY.matcher(reveal());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(YearMonth.of(2000 + Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
    } catch (DateTimeException notAMonth) {
      return Optional.empty();
    }
  }

  @Override
  public String masked() {
    return "**/**";
  }
}
