package io.ocrkit.core.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A passport, with its machine-readable zone.
 *
 * @param keyValues every reading of the scan, typed accessors or not
 */
public record Passport(KeyValues keyValues) implements IdCard {

  /** The keys the protocol lists for a passport, in no particular order. */
  public static final Set<String> KEYS = Set.of(
      "passportType", "countryCode", "passportNo", "surName", "givenName", "nationality",
      "dateOfBirth", "dateOfBirthYMD", "sex", "dateOfIssue", "dateOfIssueYMD", "dateOfExpiry",
      "dateOfExpiryYMD", "koreanName", "personalNo", "MRZ1", "MRZ2");

  /**
   * Checks that the readings are there.
   *
   * @param keyValues every reading of the scan, typed accessors or not
   * @throws NullPointerException if {@code keyValues} is null
   */
  public Passport {
    Objects.requireNonNull(keyValues, "keyValues == null");
  }

  @Override
  public IdType idType() {
    return IdType.PASSPORT;
  }

  @Override
  public Set<String> knownKeys() {
    return KEYS;
  }

  /**
   * The passport type (e.g. {@code PM}), in plain text: not personal data.
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<String>> passportType() {
    return plain("passportType");
  }

  /**
   * The issuing country's ICAO code, e.g. {@code KOR}, in plain text.
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<String>> countryCode() {
    return plain("countryCode");
  }

  /**
   * The passport number (9 characters for Korea).
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<SensitiveText>> passportNo() {
    return text("passportNo");
  }

  /**
   * The surname in Latin letters.
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<PersonName>> surName() {
    return name("surName");
  }

  /**
   * The given names in Latin letters.
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<PersonName>> givenName() {
    return name("givenName");
  }

  /**
   * The holder's nationality as printed, in plain text.
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<String>> nationality() {
    return plain("nationality");
  }

  /**
   * The birth date as printed (e.g. {@code 01 JAN 1990}); see {@link #dateOfBirthYmd()}.
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<SensitiveText>> dateOfBirth() {
    return text("dateOfBirth");
  }

  /**
   * Birth date as {@code YYYYMMDD}.
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<SensitiveText>> dateOfBirthYmd() {
    return text("dateOfBirthYMD");
  }

  /**
   * The sex as printed, {@code M} or {@code F}.
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<SensitiveText>> sex() {
    return text("sex");
  }

  /**
   * The issue date as printed; see {@link #dateOfIssueYmd()}.
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<SensitiveText>> dateOfIssue() {
    return text("dateOfIssue");
  }

  /**
   * Issue date as {@code YYYYMMDD}.
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<SensitiveText>> dateOfIssueYmd() {
    return text("dateOfIssueYMD");
  }

  /**
   * The expiry date as printed; see {@link #dateOfExpiryYmd()}.
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<SensitiveText>> dateOfExpiry() {
    return text("dateOfExpiry");
  }

  /**
   * Expiry date as {@code YYYYMMDD}.
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<SensitiveText>> dateOfExpiryYmd() {
    return text("dateOfExpiryYMD");
  }

  /**
   * The name in Hangul.
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<PersonName>> koreanName() {
    return name("koreanName");
  }

  /**
   * The holder's resident registration number (often partly printed).
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<ResidentNumber>> personalNo() {
    return residentNumber("personalNo");
  }

  /**
   * First line of the machine-readable zone (44 characters in TD3).
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<SensitiveText>> mrz1() {
    return text("MRZ1");
  }

  /**
   * Second line of the machine-readable zone.
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<SensitiveText>> mrz2() {
    return text("MRZ2");
  }
}
