package io.ocrkit.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A decrypted credit-card scan.
 *
 * @param fileType the image format the service saw
 * @param resolution the image's size in pixels
 * @param numberGroups the groups of the card number as printed, each with its confidence
 * @param number the whole number; absent when the service read none
 * @param numberBoxes where the groups were read
 * @param validThru the expiry as read; absent when the service read none
 * @param validThruBox where the expiry was read, or null
 * @param findings what the SDK's checks noticed about this result (empty when all is well)
 */
public record CreditCard(
    FileType fileType,
    Resolution resolution,
    List<Recognized<SensitiveText>> numberGroups,
    Optional<CardNumber> number,
    List<Quadrilateral> numberBoxes,
    Optional<Recognized<CardExpiry>> validThru,
    Quadrilateral validThruBox,
    List<Finding> findings) {

  /**
   * Copies the lists, so the record is immutable.
   *
   * @param fileType the image format the service saw
   * @param resolution the image's size in pixels
   * @param numberGroups the groups of the card number as printed, each with its confidence
   * @param number the whole number; absent when the service read none
   * @param numberBoxes where the groups were read
   * @param validThru the expiry as read; absent when the service read none
   * @param validThruBox where the expiry was read, or null
   * @param findings what the SDK's checks noticed about this result (empty when all is well)
   * @throws NullPointerException if a component other than {@code validThruBox} is null
   */
  public CreditCard {
    Objects.requireNonNull(fileType, "fileType == null");
    Objects.requireNonNull(resolution, "resolution == null");
    numberGroups = List.copyOf(numberGroups);
    Objects.requireNonNull(number, "number == null");
    numberBoxes = List.copyOf(numberBoxes);
    Objects.requireNonNull(validThru, "validThru == null");
    findings = List.copyOf(findings);
  }

  /**
   * The same card with these findings.
   *
   * @param newFindings the findings that replace this card's, not null
   * @return a new card; this one is unchanged
   */
  public CreditCard withFindings(List<Finding> newFindings) {
    return new CreditCard(fileType, resolution, numberGroups, number, numberBoxes, validThru, validThruBox, newFindings);
  }
}
