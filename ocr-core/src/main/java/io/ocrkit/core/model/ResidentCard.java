package io.ocrkit.core.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A resident registration card (주민등록증). */
public record ResidentCard(KeyValues keyValues) implements IdCard {

  public static final Set<String> KEYS = Set.of("name", "residentNumber", "issueDate", "issuer");

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

  public Optional<Recognized<PersonName>> name() {
    return name("name");
  }

  public Optional<Recognized<ResidentNumber>> residentNumber() {
    return residentNumber("residentNumber");
  }

  public Optional<Recognized<SensitiveText>> issueDate() {
    return text("issueDate");
  }

  public Optional<Recognized<String>> issuer() {
    return plain("issuer");
  }
}
