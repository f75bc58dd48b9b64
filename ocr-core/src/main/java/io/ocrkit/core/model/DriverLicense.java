package io.ocrkit.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A Korean driver's licence (운전면허증).
 *
 * @param keyValues every reading of the scan, typed accessors or not
 */
public record DriverLicense(KeyValues keyValues) implements IdCard {

  /** The keys the protocol lists for a driver's licence, in no particular order. */
  public static final Set<String> KEYS = Set.of(
      "driverLicenseNumber", "licenseType", "name", "residentNumber",
      "condition", "serialNum", "issueDate", "issuer");

  /**
   * Checks that the readings are there.
   *
   * @param keyValues every reading of the scan, typed accessors or not
   * @throws NullPointerException if {@code keyValues} is null
   */
  public DriverLicense {
    Objects.requireNonNull(keyValues, "keyValues == null");
  }

  @Override
  public IdType idType() {
    return IdType.DRIVER;
  }

  @Override
  public Set<String> knownKeys() {
    return KEYS;
  }

  /**
   * The 12-digit licence number as read (masked; possibly with dashes).
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<SensitiveText>> driverLicenseNumber() {
    return text("driverLicenseNumber");
  }

  /**
   * The licence types as read, several joined by {@code /}.
   *
   * @return the reading in plain text (not personal data), or empty when the service read none
   */
  public Optional<Recognized<String>> licenseType() {
    return plain("licenseType");
  }

  /**
   * The licence types one by one.
   *
   * @return the types, trimmed, in the printed order; empty when none was read
   */
  public List<String> licenseTypes() {
    return licenseType()
        .map(r -> Arrays.stream(r.value().split("/")).map(String::trim).filter(s -> !s.isEmpty()).toList())
        .orElse(List.of());
  }

  /**
   * The holder's name.
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<PersonName>> name() {
    return name("name");
  }

  /**
   * The holder's resident registration number as printed on the licence (often only partly).
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<ResidentNumber>> residentNumber() {
    return residentNumber("residentNumber");
  }

  /**
   * The licence's condition; empty when the card has none (the service says {@code none}).
   *
   * @return the condition in plain text, or empty
   */
  public Optional<Recognized<String>> condition() {
    return plain("condition").filter(r -> !"none".equalsIgnoreCase(r.value().trim()));
  }

  /**
   * The licence's serial (the 5–6 characters an authenticity check may take).
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<SensitiveText>> serialNum() {
    return text("serialNum");
  }

  /**
   * The issue date as read, not parsed.
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<SensitiveText>> issueDate() {
    return text("issueDate");
  }

  /**
   * The issuing police agency, in plain text (not personal data).
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<String>> issuer() {
    return plain("issuer");
  }
}
