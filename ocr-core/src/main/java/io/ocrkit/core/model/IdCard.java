package io.ocrkit.core.model;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an ID-card scan read, by kind of card. Typed accessors cover every key the protocol lists
 * for the kind; {@link #keyValues()} keeps all of them, including keys newer than this SDK.
 * Accessors are empty when the service did not read that key.
 */
public sealed interface IdCard permits ResidentCard, DriverLicense, Passport {

  /**
   * Keys whose values describe the document, not the person (issuer, licence type, country):
   * safe to show unmasked. Every other value is personal data.
   */
  Set<String> NON_PERSONAL_KEYS =
      Set.of("issuer", "licenseType", "condition", "passportType", "countryCode", "nationality");

  /**
   * The kind of card; fixed by the record type.
   *
   * @return the ID type, never null
   */
  IdType idType();

  /**
   * Every reading of the scan, including keys this SDK has no accessor for.
   *
   * @return the readings, never null
   */
  KeyValues keyValues();

  /**
   * The keys the protocol lists for this kind of card.
   *
   * @return an immutable set of key names
   */
  Set<String> knownKeys();

  /**
   * Readings of keys this SDK has no typed accessor for.
   *
   * @return an immutable map by key, empty when the service sent only known keys
   */
  default Map<String, Recognized<SensitiveText>> otherKeys() {
    return keyValues().except(knownKeys());
  }

  /**
   * The card for {@code type} over these readings.
   *
   * @param type the kind of card
   * @param keyValues the readings
   * @return a {@link ResidentCard}, {@link DriverLicense} or {@link Passport}
   * @throws NullPointerException if an argument is null
   */
  static IdCard of(IdType type, KeyValues keyValues) {
    return switch (type) {
      case RESIDENT -> new ResidentCard(keyValues);
      case DRIVER -> new DriverLicense(keyValues);
      case PASSPORT -> new Passport(keyValues);
    };
  }

  /**
   * A reading as sensitive text.
   *
   * @param key the protocol's key name
   * @return the reading, or empty when the service read none
   */
  default Optional<Recognized<SensitiveText>> text(String key) {
    return keyValues().get(key);
  }

  /**
   * A reading as a person's name.
   *
   * @param key the protocol's key name
   * @return the reading, or empty when the service read none
   */
  default Optional<Recognized<PersonName>> name(String key) {
    return keyValues().get(key).map(r -> r.map(v -> PersonName.of(v.reveal())));
  }

  /**
   * A reading as a resident registration number.
   *
   * @param key the protocol's key name
   * @return the reading, or empty when the service read none
   */
  default Optional<Recognized<ResidentNumber>> residentNumber(String key) {
    return keyValues().get(key).map(r -> r.map(v -> ResidentNumber.of(v.reveal())));
  }

  /**
   * A reading that is not personal data (issuer, licence type, country code), in plain text.
   *
   * @param key the protocol's key name; use it only for keys in {@link #NON_PERSONAL_KEYS}
   * @return the reading in clear, or empty when the service read none
   */
  default Optional<Recognized<String>> plain(String key) {
    return keyValues().get(key).map(r -> r.map(SensitiveText::reveal));
  }
}
