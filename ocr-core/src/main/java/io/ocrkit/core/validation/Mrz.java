package io.ocrkit.core.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The machine-readable zone of a passport (ICAO Doc 9303, TD3: two lines of 44 characters).
 *
 * <p>Source: ICAO Doc 9303, 8th edition, Part 3 §4.9 (check digits) and Part 4 §4.2 (TD3 layout).
 * A check digit weights the characters 7, 3, 1, 7, 3, 1, … with values 0–9 for digits, 10–35 for
 * A–Z and 0 for the filler {@code <}, and is the sum modulo 10. Line 2 holds: document number
 * (1–9) and its check digit (10), nationality (11–13), birth date YYMMDD (14–19) and check (20),
 * sex (21), expiry YYMMDD (22–27) and check (28), personal number (29–42) and check (43), and a
 * composite check (44) over 1–10, 14–20 and 22–43. An all-filler personal number may carry
 * {@code <} or 0 as its check digit. The specimen in Part 4 is used by this project's tests.
 *
 * <p>Because 7, 3 and 1 are prime to 10, any single digit changed to another digit changes the
 * check digit; a letter misread as a character whose value differs by a multiple of 10 is not
 * caught (e.g. {@code A} (10) read as {@code 0}).
 */
public final class Mrz {

  /** Characters per TD3 line. */
  public static final int TD3_LENGTH = 44;

  private static final Pattern TD3_LINE = Pattern.compile("[A-Z0-9<]{44}");

  private Mrz() {}

  /**
   * The ICAO 9303 check digit of {@code field}; throws for characters an MRZ cannot hold.
   *
   * @param field the characters the check digit covers
   * @return a digit from 0 to 9
   * @throws IllegalArgumentException if a character is not A–Z, 0–9 or {@code <}
   */
  public static int checkDigit(CharSequence field) {
    int[] weights = {7, 3, 1};
    int sum = 0;
    for (int i = 0; i < field.length(); i++) {
      sum += value(field.charAt(i)) * weights[i % 3];
    }
    return sum % 10;
  }

  /**
   * The character's value in a check-digit sum.
   *
   * @param c an MRZ character
   * @return 0–9 for digits, 10–35 for A–Z, 0 for {@code <}
   * @throws IllegalArgumentException for any other character
   */
  public static int value(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    if (c == '<') {
      return 0;
    }
    throw new IllegalArgumentException("not an MRZ character");
  }

  /**
   * Whether {@code line} is a well-formed TD3 line: 44 characters of A–Z, 0–9 and {@code <}.
   *
   * @param line the line as read, not null
   * @return whether it has the TD3 shape
   */
  public static boolean isTd3Line(String line) {
    return TD3_LINE.matcher(line).matches();
  }

  /**
   * Parses a TD3 zone; empty when either line is not a well-formed TD3 line or the first does not
   * start with {@code P} (a passport). Check digits are not judged here: see {@link Td3}.
   *
   * @param line1 the first line, not null
   * @param line2 the second line, not null
   * @return the zone, or empty
   */
  public static Optional<Td3> parseTd3(String line1, String line2) {
    if (!isTd3Line(line1) || !isTd3Line(line2) || line1.charAt(0) != 'P') {
      return Optional.empty();
    }
    return Optional.of(new Td3(line1, line2));
  }

  /**
   * A parsed TD3 zone. Holds personal data: {@link #toString()} shows no field.
   */
  public static final class Td3 {
    private final String line1;
    private final String line2;

    private Td3(String line1, String line2) {
      this.line1 = line1;
      this.line2 = line2;
    }

    /** {@return the document code, e.g. {@code P} or {@code PM}, without fillers} */
    public String documentCode() {
      return strip(line1.substring(0, 2));
    }

    /** {@return the issuing state's ICAO code, e.g. {@code KOR}, without fillers} */
    public String issuingState() {
      return strip(line1.substring(2, 5));
    }

    /** {@return the primary identifier (surname), fillers turned back into spaces; may be empty} */
    public String surname() {
      String names = line1.substring(5);
      int split = names.indexOf("<<");
      return words(split < 0 ? names : names.substring(0, split));
    }

    /** {@return the secondary identifier (given names) as {@link #surname()}; empty if none} */
    public String givenNames() {
      String names = line1.substring(5);
      int split = names.indexOf("<<");
      return split < 0 ? "" : words(names.substring(split + 2));
    }

    /**
     * Whether the name field is used to its last character, so names may have been truncated.
     *
     * @return {@code true} when the last character of line 1 is not a filler
     */
    public boolean namesMayBeTruncated() {
      return line1.charAt(TD3_LENGTH - 1) != '<';
    }

    /** {@return the document number, without fillers} */
    public String documentNumber() {
      return strip(line2.substring(0, 9));
    }

    /** {@return the holder's nationality, an ICAO code, without fillers} */
    public String nationality() {
      return strip(line2.substring(10, 13));
    }

    /** {@return the birth date as printed, {@code YYMMDD}; a misread may hold non-digits} */
    public String birthDate() {
      return line2.substring(13, 19);
    }

    /** {@return {@code M}, {@code F} or {@code <} (unspecified), as printed} */
    public char sex() {
      return line2.charAt(20);
    }

    /** {@return the expiry date as printed, {@code YYMMDD}; a misread may hold non-digits} */
    public String expiryDate() {
      return line2.substring(21, 27);
    }

    /** {@return the optional personal number, without fillers; empty when there is none} */
    public String personalNumber() {
      return strip(line2.substring(28, 42));
    }

    /** {@return whether the document number matches its check digit (a digit)} */
    public boolean documentNumberValid() {
      return digitMatches(line2.substring(0, 9), line2.charAt(9));
    }

    /** {@return whether the birth date matches its check digit (a digit)} */
    public boolean birthDateValid() {
      return digitMatches(birthDate(), line2.charAt(19));
    }

    /** {@return whether the expiry date matches its check digit (a digit)} */
    public boolean expiryDateValid() {
      return digitMatches(expiryDate(), line2.charAt(27));
    }

    /**
     * Whether the personal number matches its check digit; an all-filler number with a {@code <}
     * check passes.
     *
     * @return the verdict
     */
    public boolean personalNumberValid() {
      String field = line2.substring(28, 42);
      char check = line2.charAt(42);
      if (field.chars().allMatch(c -> c == '<') && check == '<') {
        return true;
      }
      return digitMatches(field, check);
    }

    /** {@return whether the composite check digit matches the fields it covers} */
    public boolean compositeValid() {
      String covered = line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43);
      return digitMatches(covered, line2.charAt(43));
    }

    /**
     * The expiry as a day: passports are valid for at most ten years, so YY is read in 2000–2099.
     * Empty when the six characters name no real day.
     *
     * @return the day, or empty
     */
    public Optional<LocalDate> expiry() {
      return yymmdd(expiryDate(), 2000);
    }

    /**
     * The birth date as a day, in the latest century that does not put it after {@code today}.
     *
     * @param today the day to judge by, from the caller's clock
     * @return the day, or empty when the six characters name no real day
     */
    public Optional<LocalDate> birth(LocalDate today) {
      Optional<LocalDate> recent = yymmdd(birthDate(), 2000);
      if (recent.isPresent() && !recent.get().isAfter(today)) {
        return recent;
      }
      return yymmdd(birthDate(), 1900);
    }

    @Override
    public String toString() {
      return "Mrz.Td3[****]";
    }

    private static boolean digitMatches(String field, char check) {
      return check >= '0' && check <= '9' && checkDigit(field) == check - '0';
    }

    private static Optional<LocalDate> yymmdd(String text, int century) {
      if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.of(century + Integer.parseInt(text.substring(0, 2)),
            Integer.parseInt(text.substring(2, 4)), Integer.parseInt(text.substring(4, 6))));
      } catch (DateTimeException notADay) {
        return Optional.empty();
      }
    }

    private static String strip(String field) {
      return field.replaceAll("<+$", "").replace('<', ' ').strip();
    }

    private static String words(String field) {
      return field.replace('<', ' ').strip().replaceAll(" +", " ");
    }
  }
}
