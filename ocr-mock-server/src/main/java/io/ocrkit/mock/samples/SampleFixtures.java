package io.ocrkit.mock.samples;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The fixture JSON of a sample: what a perfect recogniser reads from its image, in the shape of the
 * service's {@code result} object with <em>plain</em> values (the mock server encrypts the fields the
 * protocol marks encrypted, and adds {@code fileType}, {@code resolution} and the boxes itself).
 *
 * <ul>
 *   <li>credit card: {@code {"cardNums":[{"value":"4000","conf":0.99},...],
 *       "totalCardNum":"4000...","validThru":{"value":"MM/YY","conf":0.98}}}</li>
 *   <li>ID cards: {@code {"idType":"resident|driver|passport","keyValues":[{"key":"name",
 *       "value":"...","conf":0.97},...]}}, keys in the order the protocol lists them</li>
 * </ul>
 *
 * <p>The JSON is pure ASCII: every character outside printable ASCII (Korean names included) is
 * written as a {@code \\uXXXX} escape, so the text fits a PNG {@code tEXt} chunk (Latin-1 by
 * specification) unchanged and any JSON parser gives back the original UTF-16 string.
 */
public final class SampleFixtures {

  private static final String NUMBER_CONF = "0.99";
  private static final String DATE_CONF = "0.98";
  private static final String TEXT_CONF = "0.97";

  private SampleFixtures() {
  }

  /**
   * The whole fixture as the mock server's admin API takes it and as the {@code ocr-mock} image
   * chunk carries it: {@code {"service":"credit-card"|"id-card","result":{...},"authentic":...}}.
   *
   * @param sample the card
   * @param authentic what an authenticity check after scanning it answers
   * @return one line of ASCII JSON
   */
  public static String fixtureJson(SampleCard sample, boolean authentic) {
    String service = sample instanceof CreditCardSample ? "credit-card" : "id-card";
    return "{\"service\":\"" + service + "\",\"result\":" + resultJson(sample) + ",\"authentic\":" + authentic + "}";
  }

  /**
   * The fixture's {@code result} for {@code sample}; deterministic, ASCII only.
   *
   * @param sample the card
   * @return a JSON object with plain values, in the service's {@code result} shape
   */
  public static String resultJson(SampleCard sample) {
    Objects.requireNonNull(sample, "sample == null");
    if (sample instanceof CreditCardSample c) {
      return creditCard(c);
    }
    if (sample instanceof ResidentCardSample c) {
      return idCard("resident", List.of(
          kv("name", c.name(), TEXT_CONF),
          kv("residentNumber", c.residentNumber(), NUMBER_CONF),
          kv("issueDate", c.issueDate(), DATE_CONF),
          kv("issuer", c.issuer(), TEXT_CONF)));
    }
    if (sample instanceof DriverLicenseSample c) {
      return idCard("driver", List.of(
          kv("driverLicenseNumber", c.driverLicenseNumber(), NUMBER_CONF),
          kv("licenseType", c.licenseType(), TEXT_CONF),
          kv("name", c.name(), TEXT_CONF),
          kv("residentNumber", c.residentNumber(), NUMBER_CONF),
          kv("condition", c.condition(), TEXT_CONF),
          kv("serialNum", c.serialNum(), NUMBER_CONF),
          kv("issueDate", c.issueDate(), DATE_CONF),
          kv("issuer", c.issuer(), TEXT_CONF)));
    }
    PassportSample p = (PassportSample) sample;
    return idCard("passport", List.of(
        kv("passportType", p.passportType(), TEXT_CONF),
        kv("countryCode", p.countryCode(), TEXT_CONF),
        kv("passportNo", p.passportNo(), NUMBER_CONF),
        kv("surName", p.surName(), TEXT_CONF),
        kv("givenName", p.givenName(), TEXT_CONF),
        kv("nationality", p.nationality(), TEXT_CONF),
        kv("dateOfBirth", PassportSample.printedDate(p.dateOfBirth()), DATE_CONF),
        kv("dateOfBirthYMD", p.dateOfBirth(), DATE_CONF),
        kv("sex", p.sex(), TEXT_CONF),
        kv("dateOfIssue", PassportSample.printedDate(p.dateOfIssue()), DATE_CONF),
        kv("dateOfIssueYMD", p.dateOfIssue(), DATE_CONF),
        kv("dateOfExpiry", PassportSample.printedDate(p.dateOfExpiry()), DATE_CONF),
        kv("dateOfExpiryYMD", p.dateOfExpiry(), DATE_CONF),
        kv("koreanName", p.koreanName(), TEXT_CONF),
        kv("personalNo", p.personalNo(), NUMBER_CONF),
        kv("MRZ1", p.mrz1(), NUMBER_CONF),
        kv("MRZ2", p.mrz2(), NUMBER_CONF)));
  }

  private static String creditCard(CreditCardSample c) {
    StringBuilder json = new StringBuilder("{\"cardNums\":[");
    List<String> groups = c.groups();
    for (int i = 0; i < groups.size(); i++) {
      json.append(i == 0 ? "" : ",").append(valueConf(groups.get(i), NUMBER_CONF));
    }
    return json.append("],\"totalCardNum\":").append(quote(c.number()))
        .append(",\"validThru\":").append(valueConf(c.validThru(), DATE_CONF))
        .append('}').toString();
  }

  private static String idCard(String idType, List<String> keyValues) {
    return "{\"idType\":" + quote(idType) + ",\"keyValues\":[" + String.join(",", keyValues) + "]}";
  }

  private static String kv(String key, String value, String conf) {
    return "{\"key\":" + quote(key) + ",\"value\":" + quote(value) + ",\"conf\":" + conf + "}";
  }

  private static String valueConf(String value, String conf) {
    return "{\"value\":" + quote(value) + ",\"conf\":" + conf + "}";
  }

  /** A JSON string literal of {@code s}, ASCII only (see the class comment). */
  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        // UTF-16 units one by one: a surrogate pair becomes two escapes, as JSON requires.
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }
}
