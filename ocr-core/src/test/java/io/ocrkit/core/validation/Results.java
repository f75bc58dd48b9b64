package io.ocrkit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.CardExpiry;
import io.ocrkit.core.model.CardNumber;
import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.FileType;
import io.ocrkit.core.model.Finding;
import io.ocrkit.core.model.IdCard;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.IdType;
import io.ocrkit.core.model.KeyValues;
import io.ocrkit.core.model.Recognized;
import io.ocrkit.core.model.Resolution;
import io.ocrkit.core.model.SensitiveText;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds results to validate and validates them, asserting on every call that no finding's
 * message quotes a value it was given: that guarantee holds for every test, not one.
 */
final class Results {

  /** "Today" in every validation test: 15 June 2025 in Seoul. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T03:00:00Z"), ZoneId.of("Asia/Seoul"));
  static final StandardValidator VALIDATOR = StandardValidator.create(CLOCK, 0.5);

  /** Fictitious, valid values; the ICAO 9303 Part 4 specimen passport (Anna Maria Eriksson of Utopia). */
  static final String VISA = "4111111111111111";
  static final String RRN = "8001011234560";
  static final String LICENCE = "112312345600";
  static final String MRZ1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
  static final String MRZ2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
  /** A clock at which the specimen passport (expiring 15 April 2012) is still valid. */
  static final Clock SPECIMEN_CLOCK = Clock.fixed(Instant.parse("2011-01-10T00:00:00Z"), ZoneId.of("UTC"));

  private static final Pattern DIGIT_RUN = Pattern.compile("\\d{3,}");

  private Results() {}

  static CreditCard card(String total, List<String> groups, String validThru) {
    List<Recognized<SensitiveText>> readings = new ArrayList<>();
    for (String g : groups) {
      readings.add(new Recognized<>(SensitiveText.of(g), 0.99));
    }
    return new CreditCard(FileType.JPG, Resolution.NORMAL, readings,
        Optional.ofNullable(total).map(CardNumber::of), List.of(),
        Optional.ofNullable(validThru).map(v -> new Recognized<>(CardExpiry.of(v), 0.99)), null, List.of());
  }

  /** A card whose groups are the number in fours, as most cards print it. */
  static CreditCard card(String total, String validThru) {
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < total.length(); i += 4) {
      groups.add(total.substring(i, Math.min(total.length(), i + 4)));
    }
    return card(total, groups, validThru);
  }

  static IdCardScan scan(IdType type, Map<String, String> values) {
    Map<String, Recognized<SensitiveText>> readings = new LinkedHashMap<>();
    values.forEach((k, v) -> readings.put(k, new Recognized<>(SensitiveText.of(v), 0.99)));
    return new IdCardScan(FileType.JPG, Resolution.NORMAL, IdCard.of(type, KeyValues.of(readings)),
        List.of(), Optional.empty(), List.of());
  }

  /** A passport whose visual fields agree with the specimen zone, with {@code changes} applied. */
  static IdCardScan passport(Map<String, String> changes) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("passportType", "P");
    values.put("countryCode", "UTO");
    values.put("passportNo", "L898902C3");
    values.put("surName", "ERIKSSON");
    values.put("givenName", "ANNA MARIA");
    values.put("dateOfBirthYMD", "19740812");
    values.put("sex", "F");
    values.put("dateOfIssueYMD", "20020416");
    values.put("dateOfExpiryYMD", "20120415");
    values.put("MRZ1", MRZ1);
    values.put("MRZ2", MRZ2);
    values.putAll(changes);
    values.values().removeIf(String::isEmpty);
    return scan(IdType.PASSPORT, values);
  }

  static List<Finding> check(CreditCard card) {
    return check(VALIDATOR, card);
  }

  static List<Finding> check(StandardValidator validator, CreditCard card) {
    List<Finding> findings = validator.check(card);
    List<String> values = new ArrayList<>();
    card.number().ifPresent(n -> values.add(n.reveal()));
    card.numberGroups().forEach(g -> values.add(g.value().reveal()));
    card.validThru().ifPresent(v -> values.add(v.value().reveal()));
    assertQuoteNone(findings, values);
    return findings;
  }

  static List<Finding> check(IdCardScan scan) {
    return check(VALIDATOR, scan);
  }

  static List<Finding> check(StandardValidator validator, IdCardScan scan) {
    List<Finding> findings = validator.check(scan);
    List<String> values = new ArrayList<>();
    scan.card().keyValues().asMap().values().forEach(r -> values.add(r.value().reveal()));
    assertQuoteNone(findings, values);
    return findings;
  }

  /** No message holds a value of four or more characters, nor any run of three or more digits. */
  static void assertQuoteNone(List<Finding> findings, List<String> values) {
    for (Finding f : findings) {
      assertThat(f.message()).doesNotContainPattern(DIGIT_RUN);
      for (String v : values) {
        String compact = v.replaceAll("[\\s-]", "");
        if (compact.length() >= 4) {
          assertThat(f.message()).doesNotContain(v).doesNotContain(compact);
        }
      }
    }
  }

  static List<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }
}
