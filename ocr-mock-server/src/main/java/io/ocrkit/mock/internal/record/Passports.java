package io.ocrkit.mock.internal.record;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A passport's printed fields replaced, then its machine-readable zone written again from them
 * ({@link Zones}). The holder becomes one of the kit's people whose Latin names have the lengths
 * of the originals, where the kit has one; a name of another shape gets a same-shape placeholder.
 * Kept: the passport type, issuing country, nationality and sex, which describe a document class.
 */
final class Passports {

  static final Set<String> KEPT = Set.of("passportType", "countryCode", "nationality", "sex");

  private static final Pattern LATIN_WORD = Pattern.compile("[A-Z]+");
  private static final Set<String> PAST = Set.of("dateOfBirth", "dateOfBirthYMD", "dateOfIssue", "dateOfIssueYMD");
  private static final Set<String> EXPIRY = Set.of("dateOfExpiry", "dateOfExpiryYMD");
  private static final Pattern PERSONAL_RRN = Pattern.compile("\\d{7}|\\d{13}|\\d{6}-\\d{1,7}");

  private final Draws draws;
  private final DateShift dates;
  private final Numbers numbers;
  private final Zones zones;

  Passports(Draws draws, DateShift dates, Numbers numbers, Zones zones) {
    this.draws = draws;
    this.dates = dates;
    this.numbers = numbers;
    this.zones = zones;
  }

  /** The substitute of each of {@code real}'s values, by key; kept keys map to their real value. */
  Map<String, String> substitute(Map<String, String> real) {
    String surname = real.get("surName");
    String given = real.get("givenName");
    KitNames.Person person = person(latin(surname), latin(given));
    Map<String, String> out = new HashMap<>();
    real.forEach((key, text) -> out.put(key, printed(key, text, person)));
    String[] zone = zones.substitute(real.get("MRZ1"), real.get("MRZ2"),
        new Zones.Printed(surname, given, real.get("passportNo"), real.get("personalNo")),
        new Zones.Printed(out.get("surName"), out.get("givenName"), out.get("passportNo"), out.get("personalNo")));
    if (zone[0] != null) {
      out.put("MRZ1", zone[0]);
    }
    if (zone[1] != null) {
      out.put("MRZ2", zone[1]);
    }
    return out;
  }

  private String printed(String key, String text, KitNames.Person person) {
    if (KEPT.contains(key)) {
      return text;
    }
    if (PAST.contains(key) || EXPIRY.contains(key)) {
      DateShift.Role role = EXPIRY.contains(key) ? DateShift.Role.EXPIRY
          : key.startsWith("dateOfBirth") ? DateShift.Role.BIRTH : DateShift.Role.ISSUE;
      return DateTexts.shift(text, dates, role).orElseGet(() -> draws.placeholder(text));
    }
    return switch (key) {
      case "surName" -> fits(text, person.latinSurname()) ? person.latinSurname() : draws.placeholder(text);
      case "givenName" -> fits(text, person.latinGiven()) ? person.latinGiven() : draws.placeholder(text);
      case "koreanName" -> KitNames.korean(text, person, draws);
      // The first letter says what kind of passport it is (M, S, R, …), not whose.
      case "passportNo" -> !text.isEmpty() && text.charAt(0) >= 'A' && text.charAt(0) <= 'Z'
          ? text.charAt(0) + draws.placeholder(text.substring(1)) : draws.placeholder(text);
      // Korean passports print the resident number's first seven digits here.
      case "personalNo" -> PERSONAL_RRN.matcher(text).matches() ? numbers.residentNumber(text) : draws.placeholder(text);
      default -> draws.placeholder(text);
    };
  }

  /** A kit person whose names are as long as the originals, as far as the kit allows. */
  private KitNames.Person person(String surname, String given) {
    List<KitNames.Person> both = KitNames.where(p -> fits(surname, p.latinSurname()) && fits(given, p.latinGiven()));
    if (!both.isEmpty()) {
      return draws.pick(both);
    }
    List<KitNames.Person> either = KitNames.where(p -> fits(surname, p.latinSurname()) || fits(given, p.latinGiven()));
    return draws.pick(either.isEmpty() ? KitNames.PEOPLE : either);
  }

  private static String latin(String name) {
    return name != null && LATIN_WORD.matcher(name).matches() ? name : null;
  }

  /**
   * An absent name fits anything; a present one a kit name of its length, if it is one word, and
   * not itself: a kit name that happens to be the holder's would survive the substitution.
   */
  private static boolean fits(String real, String kit) {
    return real == null || LATIN_WORD.matcher(real).matches() && real.length() == kit.length() && !real.equals(kit);
  }
}
