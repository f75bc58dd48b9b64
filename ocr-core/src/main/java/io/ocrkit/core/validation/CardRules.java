package io.ocrkit.core.validation;

import io.ocrkit.core.model.CardExpiry;
import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.Recognized;
import io.ocrkit.core.model.SensitiveText;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checks of a credit-card result. */
final class CardRules {

  private static final Pattern CARD_DIGITS = Pattern.compile("\\d{12,19}");
  private static final Pattern MM_YY = Pattern.compile("\\s*(\\d{2})\\s*/\\s*(\\d{2})\\s*");

  private final Clock clock;

  CardRules(Clock clock) {
    this.clock = clock;
  }

  void check(CreditCard card, Findings out) {
    out.run(() -> number(card, out));
    out.run(() -> groups(card, out));
    card.validThru().ifPresent(expiry -> out.run(() -> expiry(expiry.value(), out)));
  }

  private void number(CreditCard card, Findings out) {
    if (card.number().isEmpty()) {
      out.warning(FindingCodes.CARD_NUMBER_MISSING, "totalCardNum",
          "The card number was not read; check the card by hand.");
      return;
    }
    String digits = withoutSeparators(card.number().get().reveal());
    if (!CARD_DIGITS.matcher(digits).matches()) {
      out.error(FindingCodes.CARD_NUMBER_FORMAT, "totalCardNum",
          "The card number is not 12 to 19 digits, so it was misread.");
      return;
    }
    if (!Luhn.isValid(digits)) {
      out.error(FindingCodes.CARD_LUHN_MISMATCH, "totalCardNum",
          "The card number fails its check digit (Luhn), so at least one digit was misread.");
    }
    Optional<CardNetwork> network = CardNetwork.of(digits);
    if (network.isEmpty()) {
      out.notice(FindingCodes.CARD_NETWORK_UNKNOWN, "totalCardNum",
          "The card number starts with a prefix of no known card network.");
    } else if (!network.get().acceptsLength(digits.length())) {
      out.error(FindingCodes.CARD_LENGTH_MISMATCH, "totalCardNum",
          "The card number has " + digits.length() + " digits, which " + network.get().displayName()
              + " does not issue; a digit was missed or added.");
    }
  }

  private void groups(CreditCard card, Findings out) {
    List<Recognized<SensitiveText>> groups = card.numberGroups();
    if (groups.isEmpty() || card.number().isEmpty()) {
      return;
    }
    String whole = withoutSeparators(card.number().get().reveal());
    StringBuilder joined = new StringBuilder();
    for (Recognized<SensitiveText> group : groups) {
      joined.append(withoutSeparators(group.value().reveal()));
    }
    if (joined.toString().equals(whole)) {
      return;
    }
    if (joined.length() != whole.length()) {
      out.error(FindingCodes.CARD_GROUPS_MISMATCH, "cardNums",
          "The number groups together are not as long as the whole card number.");
      return;
    }
    // Same length: point at the groups that disagree, so a person knows where to look.
    int offset = 0;
    for (int i = 0; i < groups.size(); i++) {
      String group = withoutSeparators(groups.get(i).value().reveal());
      if (!whole.startsWith(group, offset)) {
        out.error(FindingCodes.CARD_GROUPS_MISMATCH, "cardNums[" + i + "]",
            "This group of digits disagrees with the whole card number.");
      }
      offset += group.length();
    }
  }

  private void expiry(CardExpiry expiry, Findings out) {
    Matcher m = MM_YY.matcher(expiry.reveal());
    if (!m.matches()) {
      out.error(FindingCodes.CARD_EXPIRY_FORMAT, "validThru",
          "The expiry is not in the form MM/YY.");
      return;
    }
    int month = Integer.parseInt(m.group(1));
    if (month < 1 || month > 12) {
      out.error(FindingCodes.CARD_EXPIRY_MONTH, "validThru",
          "The expiry month is not a month from 01 to 12.");
      return;
    }
    // A card is valid through the last day of its month.
    YearMonth expires = YearMonth.of(2000 + Integer.parseInt(m.group(2)), month);
    if (expires.isBefore(YearMonth.now(clock))) {
      out.warning(FindingCodes.CARD_EXPIRED, "validThru", "The card has expired.");
    }
  }

  static String withoutSeparators(String text) {
    return text.replaceAll("[\\s-]", "");
  }
}
