package io.ocrkit.core.validation;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules of the Korean driver's licence number: 12 digits, {@code RR-YY-NNNNNN-SS} — a region code,
 * the two-digit year of first issue, a six-digit serial, and two digits the issuer uses for
 * reissues and checking.
 *
 * <p>Sources: the layout (region, year, serial, reissue count) is described at
 * https://icedameri.tistory.com/1079; the Road Traffic Authority replaced region names with
 * numeric codes mapped one to one (https://www.motorgraph.com/news/articleView.html?idxno=2989).
 * The code table below (11 Seoul … 28 Gyeonggi-north, no 27) is the one the Road Traffic
 * Authority uses; no public page with the whole table was found to cite, so only the region code is
 * checked, and the year, serial and last two digits are not (their rules are not published).
 */
public final class DriverLicenseNumbers {

  /** Region codes and the regions they stand for. */
  public static final Map<String, String> REGIONS = Map.ofEntries(
      Map.entry("11", "Seoul"), Map.entry("12", "Busan"), Map.entry("13", "Gyeonggi (south)"),
      Map.entry("14", "Gangwon"), Map.entry("15", "Chungbuk"), Map.entry("16", "Chungnam"),
      Map.entry("17", "Jeonbuk"), Map.entry("18", "Jeonnam"), Map.entry("19", "Gyeongbuk"),
      Map.entry("20", "Gyeongnam"), Map.entry("21", "Jeju"), Map.entry("22", "Daegu"),
      Map.entry("23", "Incheon"), Map.entry("24", "Gwangju"), Map.entry("25", "Daejeon"),
      Map.entry("26", "Ulsan"), Map.entry("28", "Gyeonggi (north)"));

  private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

  private DriverLicenseNumbers() {}

  /**
   * The number as digits only: dashes and spaces the card prints are dropped, nothing else.
   *
   * @param text the number as read, not null
   * @return the text without dashes and whitespace; not checked
   */
  public static String normalize(String text) {
    return text.replaceAll("[\\s-]", "");
  }

  /**
   * Whether {@code digits} has the 12-digit shape.
   *
   * @param digits a normalised number
   * @return whether it is exactly 12 ASCII digits
   */
  public static boolean hasValidShape(String digits) {
    return TWELVE_DIGITS.matcher(digits).matches();
  }

  /**
   * The region a 12-digit number was issued in; empty for a code that does not exist.
   *
   * @param digits a normalised number
   * @return the region's English name, or empty for a bad shape or an unknown code
   */
  public static Optional<String> region(String digits) {
    if (!hasValidShape(digits)) {
      return Optional.empty();
    }
    return Optional.ofNullable(REGIONS.get(digits.substring(0, 2)));
  }
}
