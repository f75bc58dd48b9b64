package io.ocrkit.mock.internal.record;

import io.ocrkit.core.validation.ResidentNumbers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values of an ID-card result replaced in place, key by key. Kept as read, because they are
 * categories rather than facts about a person: a licence's types and condition. A key this class
 * does not know gets a same-shape placeholder; so does every value of an unknown {@code idType}.
 */
final class IdCards {

  private static final Set<String> KEPT_ON_LICENCES = Set.of("licenseType", "condition");

  private final Draws draws;
  private final DateShift dates;
  private final Numbers numbers;
  private final Passports passports;
  private final Leaks leaks;

  IdCards(Draws draws, DateShift dates, Numbers numbers, Passports passports, Leaks leaks) {
    this.draws = draws;
    this.dates = dates;
    this.numbers = numbers;
    this.passports = passports;
    this.leaks = leaks;
  }

  @SuppressWarnings("unchecked")
  void substitute(Object idType, List<?> keyValues) {
    // The SDK keeps the last value of a key, so that one is what the passport's zone is built from.
    Map<String, String> real = new LinkedHashMap<>();
    for (Object entry : keyValues) {
      if (entry instanceof Map<?, ?> kv && kv.get("key") instanceof String key && kv.get("value") != null) {
        real.put(key, String.valueOf(kv.get("value")));
      }
    }
    String number = real.get("residentNumber") == null ? "" : Numbers.compact(real.get("residentNumber"));
    dates.issueBeforeChangeMatters(ResidentNumbers.hasCheckDigit(number) && !ResidentNumbers.checkDigitMatches(number));
    Map<String, String> passport = "passport".equals(idType) ? passports.substitute(real) : Map.of();
    KitNames.Person person = draws.pick(KitNames.PEOPLE);
    for (Object entry : keyValues) {
      if (entry instanceof Map<?, ?> kv && kv.get("value") != null) {
        String key = kv.get("key") instanceof String k ? k : "";
        String text = String.valueOf(kv.get("value"));
        String value = passport.containsKey(key) && text.equals(real.get(key)) ? passport.get(key)
            : value(String.valueOf(idType), key, text, person);
        if (!value.equals(text) || !kept(String.valueOf(idType), key)) {
          leaks.replaced(text);
        }
        ((Map<String, Object>) kv).put("value", value);
      }
    }
  }

  private String value(String idType, String key, String text, KitNames.Person person) {
    if (kept(idType, key)) {
      return text;
    }
    boolean idCard = idType.equals("resident") || idType.equals("driver");
    if (!idCard) {
      return draws.placeholder(text);
    }
    return switch (key) {
      case "name" -> KitNames.korean(text, person, draws);
      case "residentNumber" -> numbers.residentNumber(text);
      case "issueDate" -> DateTexts.shift(text, dates, DateShift.Role.ISSUE).orElseGet(() -> draws.placeholder(text));
      case "issuer" -> draws.pick(idType.equals("driver") ? KitNames.LICENCE_ISSUERS : KitNames.RESIDENT_ISSUERS);
      case "driverLicenseNumber" -> idType.equals("driver") ? numbers.licenceNumber(text) : draws.placeholder(text);
      default -> draws.placeholder(text);
    };
  }

  private static boolean kept(String idType, String key) {
    return idType.equals("driver") && KEPT_ON_LICENCES.contains(key)
        || idType.equals("passport") && Passports.KEPT.contains(key);
  }
}
