package io.ocrkit.mock.internal.record;

import io.ocrkit.core.validation.Luhn;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.SampleData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Credit-card results to substitute: every network's prefixes at lengths it issues and lengths it
 * does not, Luhn right and wrong, groups that agree with the number or not, separators, misread
 * characters, and expiries good, expired, impossible and unreadable.
 */
final class CardInputs {

  private static final String[] PREFIXES = {
      "34", "37", "300", "305", "3095", "36", "38", "39", "3528", "3589", "4", "51", "55", "2221", "2720",
      "6011", "644", "65", "62", "622126", "9", "1", "7", "8", "0", "2", "5", "6"};
  private static final String[] EXPIRIES = {"04/29", "12/31", "01/20", "13/29", "00/30", "4/29", " 07 / 33 ", "OI/29"};

  private CardInputs() {}

  static List<Map<String, Object>> all(int seeds) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int seed = 0; seed < seeds; seed++) {
      CreditCardSample good = SampleData.creditCard(seed);
      out.add(card(good.number(), good.groups(), good.validThru()));
      CreditCardSample bad = SampleData.creditCardWithBadLuhn(seed);
      out.add(card(bad.number(), bad.groups(), bad.validThru()));
      Random r = new Random(seed);
      String prefix = PREFIXES[seed % PREFIXES.length];
      int length = 12 + r.nextInt(8);
      String number = number(r, prefix, length, r.nextBoolean());
      String expiry = EXPIRIES[r.nextInt(EXPIRIES.length)];
      out.add(card(number, fours(number), expiry));
      out.add(card(spaced(number, r.nextBoolean() ? " " : "-"), fours(number), expiry));
      out.add(card(number, brokenGroup(fours(number), r), expiry));
      List<String> shortGroups = new ArrayList<>(fours(number));
      shortGroups.remove(shortGroups.size() - 1);
      out.add(card(number, shortGroups, expiry));
      out.add(card(number.substring(0, 3) + "O" + number.substring(4), fours(number), expiry));
      out.add(card(number.substring(0, Math.min(number.length(), 9 + r.nextInt(3))), List.of(), expiry));
    }
    return out;
  }

  static Map<String, Object> card(String total, List<String> groups, String expiry) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("fileType", "jpg");
    result.put("resolution", "normal");
    List<Object> nums = new ArrayList<>();
    List<Object> boxes = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      nums.add(reading(groups.get(i), i == 1 ? 0.42 : 0.99));
      boxes.add(IdInputs.box(100 + 40 * i));
    }
    result.put("cardNums", nums);
    result.put("totalCardNum", total);
    result.put("cardNumBoxes", boxes);
    result.put("validThru", reading(expiry, 0.98));
    result.put("validThruBox", IdInputs.box(300));
    return result;
  }

  private static Map<String, Object> reading(String value, double conf) {
    Map<String, Object> reading = new LinkedHashMap<>();
    reading.put("value", value);
    reading.put("conf", conf);
    return reading;
  }

  private static String number(Random r, String prefix, int length, boolean luhnValid) {
    StringBuilder payload = new StringBuilder(prefix);
    while (payload.length() < length - 1) {
      payload.append(r.nextInt(10));
    }
    int check = Luhn.checkDigit(payload.toString());
    return payload.toString() + (luhnValid ? check : (check + 1 + r.nextInt(9)) % 10);
  }

  static List<String> fours(String number) {
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < number.length(); i += 4) {
      groups.add(number.substring(i, Math.min(number.length(), i + 4)));
    }
    return groups;
  }

  private static String spaced(String number, String separator) {
    return String.join(separator, fours(number));
  }

  private static List<String> brokenGroup(List<String> groups, Random r) {
    List<String> out = new ArrayList<>(groups);
    int i = r.nextInt(out.size());
    String g = out.get(i);
    int last = g.charAt(g.length() - 1) - '0';
    out.set(i, g.substring(0, g.length() - 1) + String.format(Locale.ROOT, "%d", (last + 1) % 10));
    return out;
  }
}
