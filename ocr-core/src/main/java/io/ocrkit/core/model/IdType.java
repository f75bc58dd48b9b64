package io.ocrkit.core.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of Korean ID the service reads. */
public enum IdType {
  /** Resident registration card (주민등록증). */
  RESIDENT,
  /** Driver's licence (운전면허증). */
  DRIVER,
  /** Passport (여권). */
  PASSPORT;

  /**
   * The service's name for it: {@code resident}, {@code driver} or {@code passport}.
   *
   * @return the lower-case wire name
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The type with this wire name (exact, lower case).
   *
   * @param name {@code resident}, {@code driver} or {@code passport}; may be null
   * @return the type, or empty for any other name
   */
  public static Optional<IdType> fromWire(String name) {
    for (IdType type : values()) {
      if (type.wireName().equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
