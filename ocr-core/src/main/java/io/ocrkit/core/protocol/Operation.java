package io.ocrkit.core.protocol;

import io.ocrkit.core.protocol.KeyService;

/** The enveloped operations: their path below {@code /appkeys/{appKey}/} and the key they use. */
public enum Operation {
  CREDIT_CARD("credit-card", KeyService.CREDIT_CARD),
  ID_CARD("id-card", KeyService.ID_CARD),
  ID_CARD_STAND_ALONE("id-card/stand-alone", KeyService.ID_CARD),
  ID_CARD_AUTHENTICITY("id-card/authenticity", KeyService.ID_CARD);

  private final String pathSegment;
  private final KeyService keyService;

  Operation(String pathSegment, KeyService keyService) {
    this.pathSegment = pathSegment;
    this.keyService = keyService;
  }

  /** E.g. {@code id-card/stand-alone}; also the operation's name in messages. */
  public String pathSegment() {
    return pathSegment;
  }

  public KeyService keyService() {
    return keyService;
  }
}
