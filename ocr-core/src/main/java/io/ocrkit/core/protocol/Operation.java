package io.ocrkit.core.protocol;

import io.ocrkit.core.protocol.KeyService;

/** The enveloped operations: their path below {@code /appkeys/{appKey}/} and the key they use. */
public enum Operation {
  /** A credit-card scan. */
  CREDIT_CARD("credit-card", KeyService.CREDIT_CARD),
  /** An ID-card scan that answers a Request-Key. */
  ID_CARD("id-card", KeyService.ID_CARD),
  /** An ID-card scan without a Request-Key. */
  ID_CARD_STAND_ALONE("id-card/stand-alone", KeyService.ID_CARD),
  /** An authenticity check, with a Request-Key. */
  ID_CARD_AUTHENTICITY("id-card/authenticity", KeyService.ID_CARD);

  private final String pathSegment;
  private final KeyService keyService;

  Operation(String pathSegment, KeyService keyService) {
    this.pathSegment = pathSegment;
    this.keyService = keyService;
  }

  /**
   * E.g. {@code id-card/stand-alone}; also the operation's name in messages.
   *
   * @return the segment, without slashes at either end
   */
  public String pathSegment() {
    return pathSegment;
  }

  /**
   * The service whose public key seals this operation's requests.
   *
   * @return the key service
   */
  public KeyService keyService() {
    return keyService;
  }
}
