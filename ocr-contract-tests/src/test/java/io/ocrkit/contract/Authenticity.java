package io.ocrkit.contract;

import io.ocrkit.core.model.AuthenticityRequest;
import io.ocrkit.core.model.DriverLicense;
import io.ocrkit.core.model.ResidentCard;

/** Authenticity requests made from what a scan read, so the real target needs no typed-in data. */
final class Authenticity {

  private Authenticity() {}

  static AuthenticityRequest residentRequest(ResidentCard card) {
    return AuthenticityRequest.resident(
        card.name().orElseThrow().value().reveal(),
        card.residentNumber().orElseThrow().value().reveal(),
        Support.digits(card.issueDate().orElseThrow().value().reveal()));
  }

  static AuthenticityRequest driverRequest(DriverLicense card) {
    return AuthenticityRequest.driver(
        card.name().orElseThrow().value().reveal(),
        Support.digits(card.residentNumber().orElseThrow().value().reveal()),
        Support.digits(card.driverLicenseNumber().orElseThrow().value().reveal()),
        card.serialNum().map(r -> r.value().reveal().strip()).orElse(null));
  }
}
