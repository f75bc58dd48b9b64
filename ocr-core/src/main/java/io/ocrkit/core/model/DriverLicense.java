package io.ocrkit.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A Korean driver's licence (운전면허증). */
public record DriverLicense(KeyValues keyValues) implements IdCard {

  public static final Set<String> KEYS = Set.of(
      "driverLicenseNumber", "licenseType", "name", "residentNumber",
      "condition", "serialNum", "issueDate", "issuer");

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

  public Optional<Recognized<SensitiveText>> driverLicenseNumber() {
    return text("driverLicenseNumber");
  }

  /** The licence types as read, several joined by {@code /}. */
  public Optional<Recognized<String>> licenseType() {
    return plain("licenseType");
  }

  /** The licence types one by one. */
  public List<String> licenseTypes() {
    return licenseType()
        .map(r -> Arrays.stream(r.value().split("/")).map(String::trim).filter(s -> !s.isEmpty()).toList())
        .orElse(List.of());
  }

  public Optional<Recognized<PersonName>> name() {
    return name("name");
  }

  public Optional<Recognized<ResidentNumber>> residentNumber() {
    return residentNumber("residentNumber");
  }

  /** The licence's condition; empty when the card has none (the service says {@code none}). */
  public Optional<Recognized<String>> condition() {
    return plain("condition").filter(r -> !"none".equalsIgnoreCase(r.value().trim()));
  }

  public Optional<Recognized<SensitiveText>> serialNum() {
    return text("serialNum");
  }

  public Optional<Recognized<SensitiveText>> issueDate() {
    return text("issueDate");
  }

  public Optional<Recognized<String>> issuer() {
    return plain("issuer");
  }
}
