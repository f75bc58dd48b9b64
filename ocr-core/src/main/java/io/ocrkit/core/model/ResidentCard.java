package io.ocrkit.core.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A resident registration card (주민등록증).
 *
 * @param keyValues every reading of the scan, typed accessors or not
 */
public record ResidentCard(KeyValues keyValues) implements IdCard {

  /** The keys the protocol lists for a resident card, in no particular order. */
  public static final Set<String> KEYS = Set.of("name", "residentNumber", "issueDate", "issuer");

  /**
   * Checks that the readings are there.
   *
   * @param keyValues every reading of the scan, typed accessors or not
   * @throws NullPointerException if {@code keyValues} is null
   */
  public ResidentCard {
    Objects.requireNonNull(keyValues, "keyValues == null");
  }

  @Override
  public IdType idType() {
    return IdType.RESIDENT;
  }

  @Override
  public Set<String> knownKeys() {
    return KEYS;
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
   * The 13-digit resident registration number.
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<ResidentNumber>> residentNumber() {
    return residentNumber("residentNumber");
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
   * The issuing office (e.g. a district mayor), in plain text: not personal data.
   *
   * @return the reading, or empty when the service read none
   */
  public Optional<Recognized<String>> issuer() {
    return plain("issuer");
  }
}
