package io.ocrkit.mock.internal.record;

import io.ocrkit.mock.internal.Json;
import io.ocrkit.mock.samples.CheckDigits;
import io.ocrkit.mock.samples.DriverLicenseSample;
import io.ocrkit.mock.samples.PassportSample;
import io.ocrkit.mock.samples.ResidentCardSample;
import io.ocrkit.mock.samples.SampleCard;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleFixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * ID-card results to substitute: every sample of the kit, its deliberately broken twin, and
 * mutations that each trip one more check (birth dates in the future or in no calendar, foreign
 * and 1800s and new-scheme resident numbers, issue dates on either side of October 2020 and in
 * every printed form, licence numbers with dashes, passports with each check digit broken and each
 * printed field disagreeing with the zone).
 */
final class IdInputs {

  private static final String[] BIRTHS = {
      "900315-1", "311224-3", "991301-2", "000229-3", "010229-4", "900230-1", "850101-5", "050505-7",
      "991231-9", "000101-0", "210505-3", "221111-4", "201001-3", "200930-4", "350101-3"};
  private static final String[] ISSUE_DATES = {
      "20190315", "20201001", "20200930", "2019.3.5", "2019. 03. 15.", "2023년 11월 2일", "20320101",
      "2019.02.30", "2019.13.01", "2019.03", "20210229", "20240229", " 2018-07-31 ",
      // Weeks on either side of the tests' today: a shift of a year must not move them across it.
      "20261015", "2027.02.15"};

  private IdInputs() {}

  static List<Map<String, Object>> all(int seeds) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int seed = 0; seed < seeds; seed++) {
      Random r = new Random(seed);
      out.add(result(SampleData.residentCard(seed)));
      out.add(result(SampleData.residentCardWithBadCheckDigit(seed)));
      out.add(result(SampleData.driverLicense(seed)));
      out.add(result(SampleData.driverLicenseWithBadRegion(seed)));
      out.add(result(SampleData.passport(seed)));
      out.add(result(SampleData.passportWithBadCheckDigit(seed)));
      out.add(with(result(SampleData.residentCard(seed)), "residentNumber", residentNumber(r, true), "issueDate", pick(r, ISSUE_DATES)));
      out.add(with(result(SampleData.driverLicense(seed)), "residentNumber", residentNumber(r, false),
          "driverLicenseNumber", dashed(SampleData.driverLicense(seed).driverLicenseNumber(), r), "issueDate", pick(r, ISSUE_DATES)));
      out.add(PassportMutations.mutated(SampleData.passport(seed), r));
    }
    return out;
  }

  /** The kit's fixture result of {@code sample}, with the members the mock adds (boxes included). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> result(SampleCard sample) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("fileType", "png");
    result.put("resolution", "normal");
    result.putAll(Json.readObject(SampleFixtures.resultJson(sample)));
    int i = 0;
    for (Object kv : (List<Object>) result.get("keyValues")) {
      ((Map<String, Object>) kv).put("bbox", box(10 + 30 * i++));
    }
    result.put("boxes", List.of(box(5), box(600)));
    return result;
  }

  /** A box whose coordinates have at most three digits, so no box can hide a run of four. */
  static Map<String, Object> box(int at) {
    Map<String, Object> box = new LinkedHashMap<>();
    int[] corners = {at, at + 7, at + 200, at + 7, at + 200, at + 40, at, at + 40};
    for (int c = 0; c < 8; c++) {
      box.put((c % 2 == 0 ? "x" : "y") + (c / 2 + 1), corners[c] % 1000);
    }
    return box;
  }

  /** {@code result} with the values of the given keys replaced; a null value removes the key. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> with(Map<String, Object> result, String... keysAndValues) {
    List<Object> keyValues = (List<Object>) result.get("keyValues");
    for (int i = 0; i < keysAndValues.length; i += 2) {
      String key = keysAndValues[i];
      String value = keysAndValues[i + 1];
      keyValues.removeIf(kv -> key.equals(((Map<String, Object>) kv).get("key")) && value == null);
      for (Object kv : keyValues) {
        if (key.equals(((Map<String, Object>) kv).get("key"))) {
          ((Map<String, Object>) kv).put("value", value);
        }
      }
    }
    return result;
  }

  /** A resident number of a listed birth, its check digit right or wrong, in the full or short form. */
  private static String residentNumber(Random r, boolean full) {
    String head = pick(r, BIRTHS);
    if (!full && r.nextBoolean()) {
      return head;
    }
    String first12 = head.replace("-", "") + String.format(Locale.ROOT, "%05d", r.nextInt(100_000));
    int check = CheckDigits.residentNumberCheckDigit(first12);
    int last = r.nextBoolean() ? check : (check + 1 + r.nextInt(9)) % 10;
    String digits = first12 + last;
    return switch (r.nextInt(8)) {
      case 0, 1 -> digits;
      case 2 -> digits.substring(0, 12);
      case 3 -> digits.substring(0, 9) + "O" + digits.substring(10);
      default -> digits.substring(0, 6) + "-" + digits.substring(6);
    };
  }

  private static String dashed(String licence, Random r) {
    String l = r.nextInt(5) == 0 ? "27" + licence.substring(2) : licence;
    return switch (r.nextInt(3)) {
      case 0 -> l;
      case 1 -> l.substring(0, 2) + "-" + l.substring(2, 4) + "-" + l.substring(4, 10) + "-" + l.substring(10);
      default -> l.substring(0, 11) + "X";
    };
  }

  static String pick(Random r, String[] options) {
    return options[r.nextInt(options.length)];
  }

  /** Passport mutations: one field or check digit of the kit's passport changed. */
  static final class PassportMutations {
    private PassportMutations() {}

    static Map<String, Object> mutated(PassportSample p, Random r) {
      String line2 = p.mrz2();
      Map<String, Object> result = result(p);
      int position = new int[] {9, 19, 27, 42, 43}[r.nextInt(5)];
      String brokenCheck = line2.substring(0, position) + (char) ('0' + (line2.charAt(position) - '0' + 1) % 10)
          + line2.substring(position + 1);
      return switch (r.nextInt(13)) {
        case 0 -> with(result, "MRZ2", brokenCheck);
        case 1 -> with(result, "passportNo", p.passportNo().substring(0, 8) + (p.passportNo().charAt(8) == '1' ? '2' : '1'));
        case 2 -> with(result, "dateOfBirthYMD", p.dateOfBirth().substring(0, 6) + "29");
        case 3 -> with(result, "sex", p.sex().equals("M") ? "F" : "M");
        case 4 -> with(result, "surName", p.surName() + "S", "givenName", "X" + p.givenName());
        case 5 -> with(result, "MRZ1", null);
        case 6 -> with(result, "MRZ2", line2.substring(0, 43));
        case 7 -> with(result, "MRZ1", "X" + p.mrz1().substring(1), "dateOfExpiryYMD", "20220101");
        case 8 -> with(result, "MRZ1", p.mrz1().substring(0, 22) + " " + p.mrz1().substring(22),
            "MRZ2", line2.substring(0, 13) + "85O3" + line2.substring(17));
        case 9 -> with(result, "dateOfExpiryYMD", null, "MRZ2", line2.substring(0, 21) + "200101" + line2.substring(27));
        case 10 -> with(result, "personalNo", null, "MRZ2", line2.substring(0, 28) + "<".repeat(14) + (r.nextBoolean() ? "<" : "0") + line2.substring(43));
        case 11 -> with(result, "dateOfExpiryYMD", r.nextBoolean() ? "20270110" : "20261120");
        default -> with(result, "dateOfIssueYMD", "20310101", "dateOfBirthYMD", "19000229");
      };
    }
  }
}
