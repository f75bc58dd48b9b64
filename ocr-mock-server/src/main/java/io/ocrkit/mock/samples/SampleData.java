package io.ocrkit.mock.samples;

import java.util.Locale;
import java.util.Random;

/**
 * Deterministic synthetic sample data: the same seed gives the same card on every JVM
 * ({@link Random}'s algorithm is fixed by its specification). The plain factories give cards that
 * pass their checks; the {@code …WithBad…} factories give the same card with one check broken.
 *
 * <p>Card numbers use test-only issuer prefixes ({@code 400000}, {@code 555555}); names come from a
 * short list of common Korean names; nothing is taken from a real person.
 */
public final class SampleData {

  /** Common family names with their usual passport spelling (not the strict romanisation). */
  private static final String[][] SURNAMES = {
      {"김", "KIM"}, {"이", "LEE"}, {"박", "PARK"}, {"최", "CHOI"}, {"정", "JUNG"},
      {"강", "KANG"}, {"조", "CHO"}, {"윤", "YOON"}, {"장", "JANG"}, {"임", "LIM"}};
  private static final String[][] GIVEN_NAMES = {
      {"민준", "MINJUN"}, {"서연", "SEOYEON"}, {"지우", "JIWOO"}, {"하은", "HAEUN"},
      {"도윤", "DOYUN"}, {"수아", "SUA"}, {"예준", "YEJUN"}, {"지민", "JIMIN"},
      {"현우", "HYUNWOO"}, {"은서", "EUNSEO"}, {"길동", "GILDONG"}, {"영희", "YOUNGHEE"}};
  private static final String[] RESIDENT_ISSUERS = {
      "서울특별시 종로구청장", "부산광역시 해운대구청장", "대전광역시 유성구청장", "경기도 성남시 분당구청장"};
  private static final String[] LICENCE_ISSUERS = {"서울경찰청장", "경기남부경찰청장", "부산경찰청장"};
  private static final String[] LICENCE_TYPES = {"1종보통", "2종보통", "1종대형/1종보통", "2종소형"};
  private static final String[] CONDITIONS = {"none", "none", "A", "B"};
  private static final int[] REGIONS = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28};
  private static final String SERIAL_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

  private SampleData() {
  }

  /**
   * A Luhn-valid 16-digit card with a test issuer prefix, an expiry in 2029–2033 and a holder.
   *
   * @param seed the same seed gives the same sample on every JVM
   * @return the sample
   */
  public static CreditCardSample creditCard(long seed) {
    Random r = new Random(seed);
    String payload = (r.nextBoolean() ? "400000" : "555555") + digits(r, 9);
    String number = payload + CheckDigits.luhnCheckDigit(payload);
    String validThru = fmt("%02d/%02d", 1 + r.nextInt(12), 29 + r.nextInt(5));
    Person p = person(r);
    return new CreditCardSample(number, validThru, p.latinGiven + " " + p.latinSurname);
  }

  /**
   * {@link #creditCard(long)} with its Luhn digit broken.
   *
   * @param seed the same seed gives the same sample on every JVM
   * @return the sample
   */
  public static CreditCardSample creditCardWithBadLuhn(long seed) {
    return creditCard(seed).withBadCheckDigit();
  }

  /**
   * A resident card whose number has a correct check digit and a century-consistent 7th digit.
   *
   * @param seed the same seed gives the same sample on every JVM
   * @return the sample
   */
  public static ResidentCardSample residentCard(long seed) {
    Random r = new Random(seed);
    Person p = person(r);
    Birth b = birth(r);
    String issueDate = issueDate(r, b.year + 18);
    return new ResidentCardSample(p.korean(), residentNumber(r, b), issueDate, pick(r, RESIDENT_ISSUERS));
  }

  /**
   * {@link #residentCard(long)} with the resident number's check digit broken.
   *
   * @param seed the same seed gives the same sample on every JVM
   * @return the sample
   */
  public static ResidentCardSample residentCardWithBadCheckDigit(long seed) {
    return residentCard(seed).withBadCheckDigit();
  }

  /**
   * A driver's licence with a known region code and a valid resident number.
   *
   * @param seed the same seed gives the same sample on every JVM
   * @return the sample
   */
  public static DriverLicenseSample driverLicense(long seed) {
    Random r = new Random(seed);
    Person p = person(r);
    Birth b = birth(r);
    int issueYear = Math.min(Math.max(b.year + 20, 2012) + r.nextInt(3), 2025);
    String number = fmt("%02d%02d%s", REGIONS[r.nextInt(REGIONS.length)], issueYear % 100,
        digits(r, 8));
    StringBuilder serial = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      serial.append(SERIAL_CHARS.charAt(r.nextInt(SERIAL_CHARS.length())));
    }
    return new DriverLicenseSample(number, pick(r, LICENCE_TYPES), p.korean(), residentNumber(r, b),
        pick(r, CONDITIONS), serial.toString(), issueDate(r, issueYear), pick(r, LICENCE_ISSUERS));
  }

  /**
   * {@link #driverLicense(long)} with the unassigned region code 27.
   *
   * @param seed the same seed gives the same sample on every JVM
   * @return the sample
   */
  public static DriverLicenseSample driverLicenseWithBadRegion(long seed) {
    return driverLicense(seed).withBadCheckDigit();
  }

  /**
   * A Korean passport ({@code PM}, {@code KOR}) with a fully valid MRZ, valid for ten years from an
   * issue in 2021–2025, so a "valid" sample is not an expired one for years to come.
   *
   * @param seed the same seed gives the same sample on every JVM
   * @return the sample
   */
  public static PassportSample passport(long seed) {
    Random r = new Random(seed);
    Person p = person(r);
    Birth b = birth(r);
    String issue = issueDate(r, Math.max(b.year + 18, 2021));
    int issueYear = Integer.parseInt(issue.substring(0, 4));
    String expiry = (issueYear + 10) + issue.substring(4);
    String number = "M" + digits(r, 3) + (char) ('A' + r.nextInt(26)) + digits(r, 4);
    String personal = residentNumber(r, b).replace("-", "").substring(0, 7);
    return PassportSample.of("PM", "KOR", number, p.latinSurname, p.latinGiven, "REPUBLIC OF KOREA",
        b.ymd(), b.male ? "M" : "F", issue, expiry, p.korean(), personal);
  }

  /**
   * {@link #passport(long)} with the MRZ's passport-number check digit broken.
   *
   * @param seed the same seed gives the same sample on every JVM
   * @return the sample
   */
  public static PassportSample passportWithBadCheckDigit(long seed) {
    return passport(seed).withBadCheckDigit();
  }

  private record Person(String koreanSurname, String koreanGiven, String latinSurname, String latinGiven) {
    String korean() {
      return koreanSurname + koreanGiven;
    }
  }

  private record Birth(int year, int month, int day, boolean male) {
    String ymd() {
      return fmt("%04d%02d%02d", year, month, day);
    }
  }

  private static Person person(Random r) {
    String[] s = SURNAMES[r.nextInt(SURNAMES.length)];
    String[] g = GIVEN_NAMES[r.nextInt(GIVEN_NAMES.length)];
    return new Person(s[0], g[0], s[1], g[1]);
  }

  private static Birth birth(Random r) {
    // Days up to 28 keep every date real without a calendar.
    return new Birth(1950 + r.nextInt(56), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextBoolean());
  }

  private static String residentNumber(Random r, Birth b) {
    int sexDigit = (b.year >= 2000 ? 3 : 1) + (b.male ? 0 : 1);
    String first12 = fmt("%02d%02d%02d%d%s", b.year % 100, b.month, b.day, sexDigit, digits(r, 5));
    return first12.substring(0, 6) + "-" + first12.substring(6)
        + CheckDigits.residentNumberCheckDigit(first12);
  }

  /** A date in {@code [max(fromYear, 2005), 2025]}; fixed bounds instead of a clock keep it deterministic. */
  private static String issueDate(Random r, int fromYear) {
    int from = Math.min(Math.max(fromYear, 2005), 2025);
    int year = from + r.nextInt(2026 - from);
    return fmt("%04d%02d%02d", year, 1 + r.nextInt(12), 1 + r.nextInt(28));
  }

  /** Formats with {@link Locale#ROOT}: some locales print digits that are not ASCII. */
  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  private static String digits(Random r, int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append((char) ('0' + r.nextInt(10)));
    }
    return out.toString();
  }

  private static String pick(Random r, String[] options) {
    return options[r.nextInt(options.length)];
  }
}
