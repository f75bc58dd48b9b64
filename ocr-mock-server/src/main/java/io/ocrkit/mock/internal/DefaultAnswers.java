package io.ocrkit.mock.internal;

import io.ocrkit.mock.samples.CheckDigits;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * What an image without a fixture "contains": plausible values derived from the SHA-256 of its
 * plaintext, the same for the same image on every run, in the formats the service returns. Card
 * numbers pass Luhn with a Visa, Mastercard or American Express prefix and a future expiry;
 * resident numbers have a real birth date and the right check digit; passports hold what their MRZ
 * holds, with ICAO 9303 check digits. Values are plain: the caller encrypts them.
 */
public final class DefaultAnswers {

  private static final String[] NAMES = {"홍길동", "김민준", "이서연", "박지훈", "최수아", "정우진", "강하은", "윤도현"};
  private static final String[][] LATIN_NAMES = {{"HONG", "GILDONG"}, {"KIM", "MINJUN"}, {"LEE", "SEOYEON"},
      {"PARK", "JIHOON"}, {"CHOI", "SUA"}, {"JEONG", "WOOJIN"}, {"KANG", "HAEUN"}, {"YOON", "DOHYUN"}};
  private static final String[] ISSUERS = {"서울특별시 종로구청장", "부산광역시 해운대구청장", "경기도 수원시장", "대전광역시 서구청장"};
  private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;
  // The service prints an ID card's issue date as the card does: all three forms occur.
  private static final DateTimeFormatter[] ISSUE_DATES = {DateTimeFormatter.ofPattern("uuuu.MM.dd."),
      DateTimeFormatter.ofPattern("uuuu.MM.dd"), DateTimeFormatter.ofPattern("uuuu.M.d")};
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("uuMMdd");
  private static final DateTimeFormatter PASSPORT_DATE = DateTimeFormatter.ofPattern("dd MMM uuuu", Locale.ENGLISH);

  private DefaultAnswers() {}

  /** A credit-card {@code result} (without fileType and resolution) for this image. */
  public static Map<String, Object> creditCard(byte[] sha256, int width, int height, LocalDate today) {
    Random r = random(sha256);
    StringBuilder number = new StringBuilder(r.nextBoolean() ? "4" : String.valueOf(51 + r.nextInt(5)));
    // American Express: 15 digits after 34 or 37, printed (and read) as 4-6-5
    boolean amex = Math.floorMod(sha256[1], 4) == 0;
    if (amex) {
      number.replace(0, number.length(), r.nextBoolean() ? "34" : "37");
    }
    int length = amex ? 15 : 16;
    while (number.length() < length - 1) {
      number.append(r.nextInt(10));
    }
    number.append(CheckDigits.luhnCheckDigit(number.toString()));
    int[] groupLengths = amex ? new int[] {4, 6, 5} : new int[] {4, 4, 4, 4};
    YearMonth expiry = new YearMonth(today.getYear() + 1 + r.nextInt(5), 1 + r.nextInt(12));
    int w = Math.max(width, 100);
    int h = Math.max(height, 60);
    List<Object> groups = new ArrayList<>();
    List<Object> boxes = new ArrayList<>();
    for (int g = 0, start = 0; g < groupLengths.length; start += groupLengths[g], g++) {
      groups.add(confValue(number.substring(start, start + groupLengths[g]), 0.9 + r.nextInt(10) / 100.0));
      int x = w / 10 + g * w / 5;
      boxes.add(box(x, h / 2, x + w / 6, h / 2 + h / 10));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("cardNums", groups);
    result.put("totalCardNum", number.toString());
    result.put("cardNumBoxes", boxes);
    result.put("validThru", confValue(twoDigits(expiry.month) + "/" + twoDigits(expiry.year % 100), 0.95));
    result.put("validThruBox", box(w / 2, h * 7 / 10, w / 2 + w / 8, h * 7 / 10 + h / 12));
    return result;
  }

  /**
   * An ID-card {@code result} (without fileType and resolution): resident, driver or passport.
   * Dates are plausible as of {@code today}: issued to an adult, never in the future, and a
   * passport still valid.
   */
  public static Map<String, Object> idCard(byte[] sha256, int width, int height, LocalDate today) {
    Random r = random(sha256);
    int kind = Math.floorMod(sha256[0], 3);
    int who = r.nextInt(NAMES.length);
    LocalDate birth = LocalDate.of(1950 + r.nextInt(today.getYear() - 20 - 1950), 1 + r.nextInt(12), 1 + r.nextInt(28));
    String residentNumber = residentNumber(birth, r);
    LocalDate adult = birth.plusYears(18);
    LocalDate issued = kind == 2
        ? between(adult.isAfter(today.minusYears(9)) ? adult : today.minusYears(9), today, r)
        : between(adult, today, r);
    Layout layout = new Layout(Math.max(width, 100), Math.max(height, 60));
    DateTimeFormatter issueDate = ISSUE_DATES[Math.floorMod(sha256[2], ISSUE_DATES.length)];
    Map<String, Object> result = new LinkedHashMap<>();
    List<Object> keyValues = new ArrayList<>();
    switch (kind) {
      case 0 -> {
        result.put("idType", "resident");
        keyValues.add(layout.kv("name", NAMES[who]));
        keyValues.add(layout.kv("residentNumber", residentNumber.substring(0, 6) + "-" + residentNumber.substring(6)));
        keyValues.add(layout.kv("issueDate", issueDate.format(issued)));
        keyValues.add(layout.kv("issuer", ISSUERS[r.nextInt(ISSUERS.length)]));
      }
      case 1 -> {
        result.put("idType", "driver");
        int region = 11 + r.nextInt(17); // the region codes are 11-26 and 28: there is no 27
        StringBuilder licence = new StringBuilder(String.valueOf(region == 27 ? 28 : region));
        licence.append(twoDigits(issued.getYear() % 100));
        while (licence.length() < 12) {
          licence.append(r.nextInt(10));
        }
        keyValues.add(layout.kv("driverLicenseNumber", licence.substring(0, 2) + "-" + licence.substring(2, 4) + "-"
            + licence.substring(4, 10) + "-" + licence.substring(10)));
        keyValues.add(layout.kv("licenseType", r.nextBoolean() ? "1종보통" : "1종보통/2종소형"));
        keyValues.add(layout.kv("name", NAMES[who]));
        keyValues.add(layout.kv("residentNumber", residentNumber.substring(0, 6) + "-" + residentNumber.substring(6)));
        keyValues.add(layout.kv("condition", "none"));
        keyValues.add(layout.kv("serialNum", serial(r)));
        keyValues.add(layout.kv("issueDate", issueDate.format(issued)));
        keyValues.add(layout.kv("issuer", "서울지방경찰청장"));
      }
      default -> {
        result.put("idType", "passport");
        String passportNo = "M" + digits(r, 8);
        boolean male = residentNumber.charAt(6) % 2 == 1;
        LocalDate expiry = issued.plusYears(10).minusDays(1);
        // Read from the MRZ only: no Korean name, no issue date; the personal number only on the
        // older passports whose MRZ still carries it.
        String personalNo = Math.floorMod(sha256[3], 3) == 0 ? residentNumber.substring(6) : "";
        String[] latin = LATIN_NAMES[who];
        keyValues.add(layout.kv("passportType", "PM"));
        keyValues.add(layout.kv("countryCode", "KOR"));
        keyValues.add(layout.kv("passportNo", passportNo));
        keyValues.add(layout.kv("surName", latin[0]));
        keyValues.add(layout.kv("givenName", latin[1]));
        keyValues.add(layout.kv("nationality", "REPUBLIC OF KOREA"));
        keyValues.add(layout.kv("dateOfBirth", PASSPORT_DATE.format(birth).toUpperCase(Locale.ROOT)));
        keyValues.add(layout.kv("dateOfBirthYMD", YMD.format(birth)));
        keyValues.add(layout.kv("sex", male ? "M" : "F"));
        keyValues.add(layout.kv("dateOfExpiry", PASSPORT_DATE.format(expiry).toUpperCase(Locale.ROOT)));
        keyValues.add(layout.kv("dateOfExpiryYMD", YMD.format(expiry)));
        if (!personalNo.isEmpty()) {
          keyValues.add(layout.kv("personalNo", personalNo));
        }
        keyValues.add(layout.kv("MRZ1", pad("PMKOR" + latin[0] + "<<" + latin[1], 44)));
        keyValues.add(layout.kv("MRZ2", mrz2(passportNo, birth, male ? "M" : "F", expiry, personalNo)));
      }
    }
    result.put("keyValues", keyValues);
    result.put("boxes", layout.boxes);
    return result;
  }

  /** A 13-digit resident registration number for this birth date with a correct check digit. */
  static String residentNumber(LocalDate birth, Random r) {
    boolean male = r.nextBoolean();
    int century = birth.getYear() >= 2000 ? (male ? 3 : 4) : (male ? 1 : 2);
    StringBuilder n = new StringBuilder(birth.format(YYMMDD));
    n.append(century).append(digits(r, 5));
    n.append(CheckDigits.residentNumberCheckDigit(n.toString()));
    return n.toString();
  }

  private static String mrz2(String passportNo, LocalDate birth, String sex, LocalDate expiry, String personalNo) {
    String doc = passportNo + CheckDigits.mrzCheckDigit(passportNo);
    String dob = YYMMDD.format(birth) + CheckDigits.mrzCheckDigit(YYMMDD.format(birth));
    String exp = YYMMDD.format(expiry) + CheckDigits.mrzCheckDigit(YYMMDD.format(expiry));
    String optional = pad(personalNo, 14);
    String opt = optional + CheckDigits.mrzCheckDigit(optional);
    String composite = doc + dob + exp + opt;
    return doc + "KOR" + dob + sex + exp + opt + CheckDigits.mrzCheckDigit(composite);
  }

  /** A day from {@code from} to {@code to}, both included. */
  private static LocalDate between(LocalDate from, LocalDate to, Random r) {
    long days = java.time.temporal.ChronoUnit.DAYS.between(from, to);
    return days <= 0 ? to : from.plusDays(r.nextInt((int) days + 1));
  }

  private static String pad(String s, int length) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < length) {
      b.append('<');
    }
    return b.substring(0, length);
  }

  private static String serial(Random r) {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private static String digits(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(r.nextInt(10));
    }
    return b.toString();
  }

  private static Random random(byte[] sha256) {
    // java.util.Random's sequence is fixed by its specification: the same image, the same answer.
    return new Random(ByteBuffer.wrap(sha256).getLong());
  }

  /**
   * {@code 0 <= n < 100} in two ASCII digits: String.format costs more than the rest of a default
   * answer (it parses its pattern on every call), and would print the default locale's digits.
   */
  static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  static Map<String, Object> confValue(String value, double conf) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("value", value);
    v.put("conf", conf);
    return v;
  }

  static Map<String, Object> box(int left, int top, int right, int bottom) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("x1", left);
    b.put("y1", top);
    b.put("x2", right);
    b.put("y2", top);
    b.put("x3", right);
    b.put("y3", bottom);
    b.put("x4", left);
    b.put("y4", bottom);
    return b;
  }

  private record YearMonth(int year, int month) {}

  /** Stacks recognised fields down the image, one line each. */
  private static final class Layout {
    final int width;
    final int height;
    final List<Object> boxes = new ArrayList<>();

    Layout(int width, int height) {
      this.width = width;
      this.height = height;
    }

    Map<String, Object> kv(String key, String value) {
      int line = boxes.size();
      int top = height / 20 + line * height / 20;
      Map<String, Object> bbox = box(width / 10, top, width * 6 / 10, top + height / 25);
      boxes.add(bbox);
      Map<String, Object> kv = new LinkedHashMap<>();
      kv.put("key", key);
      kv.put("value", value);
      kv.put("conf", 0.95);
      kv.put("bbox", bbox);
      return kv;
    }
  }
}
