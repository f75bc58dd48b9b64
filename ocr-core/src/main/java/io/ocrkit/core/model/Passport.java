package io.ocrkit.core.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A passport, with its machine-readable zone. */
public record Passport(KeyValues keyValues) implements IdCard {

  public static final Set<String> KEYS = Set.of(
      "passportType", "countryCode", "passportNo", "surName", "givenName", "nationality",
      "dateOfBirth", "dateOfBirthYMD", "sex", "dateOfIssue", "dateOfIssueYMD", "dateOfExpiry",
      "dateOfExpiryYMD", "koreanName", "personalNo", "MRZ1", "MRZ2");

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

  public Optional<Recognized<String>> passportType() {
    return plain("passportType");
  }

  public Optional<Recognized<String>> countryCode() {
    return plain("countryCode");
  }

  public Optional<Recognized<SensitiveText>> passportNo() {
    return text("passportNo");
  }

  public Optional<Recognized<PersonName>> surName() {
    return name("surName");
  }

  public Optional<Recognized<PersonName>> givenName() {
    return name("givenName");
  }

  public Optional<Recognized<String>> nationality() {
    return plain("nationality");
  }

  public Optional<Recognized<SensitiveText>> dateOfBirth() {
    return text("dateOfBirth");
  }

  /** Birth date as {@code YYYYMMDD}. */
  public Optional<Recognized<SensitiveText>> dateOfBirthYmd() {
    return text("dateOfBirthYMD");
  }

  public Optional<Recognized<SensitiveText>> sex() {
    return text("sex");
  }

  public Optional<Recognized<SensitiveText>> dateOfIssue() {
    return text("dateOfIssue");
  }

  /** Issue date as {@code YYYYMMDD}. */
  public Optional<Recognized<SensitiveText>> dateOfIssueYmd() {
    return text("dateOfIssueYMD");
  }

  public Optional<Recognized<SensitiveText>> dateOfExpiry() {
    return text("dateOfExpiry");
  }

  /** Expiry date as {@code YYYYMMDD}. */
  public Optional<Recognized<SensitiveText>> dateOfExpiryYmd() {
    return text("dateOfExpiryYMD");
  }

  public Optional<Recognized<PersonName>> koreanName() {
    return name("koreanName");
  }

  /** The holder's resident registration number (often partly printed). */
  public Optional<Recognized<ResidentNumber>> personalNo() {
    return residentNumber("personalNo");
  }

  /** First line of the machine-readable zone (44 characters in TD3). */
  public Optional<Recognized<SensitiveText>> mrz1() {
    return text("MRZ1");
  }

  /** Second line of the machine-readable zone. */
  public Optional<Recognized<SensitiveText>> mrz2() {
    return text("MRZ2");
  }
}
