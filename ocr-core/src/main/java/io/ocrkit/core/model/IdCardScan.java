package io.ocrkit.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A decrypted ID-card scan.
 *
 * @param fileType the image format the service saw
 * @param resolution the image's size in pixels
 * @param card what was read, by kind of card
 * @param boxes the recognised areas
 * @param requestKey the key for one authenticity check. Empty for a stand-alone scan (the service
 *     never issues one there) and for a passport (the service sends none since passport
 *     authenticity checks were withdrawn on 2026-05-27); empty too if the service left it out
 * @param findings what the SDK's checks noticed about this result (empty when all is well)
 */
public record IdCardScan(
    FileType fileType,
    Resolution resolution,
    IdCard card,
    List<Quadrilateral> boxes,
    Optional<RequestKey> requestKey,
    List<Finding> findings) {

  /**
   * Copies the lists, so the record is immutable.
   *
   * @param fileType the image format the service saw
   * @param resolution the image's size in pixels
   * @param card what was read, by kind of card
   * @param boxes the recognised areas
   * @param requestKey the key for one authenticity check. Empty for a stand-alone scan (the service
   *     never issues one there) and for a passport (the service sends none since passport
   *     authenticity checks were withdrawn on 2026-05-27); empty too if the service left it out
   * @param findings what the SDK's checks noticed about this result (empty when all is well)
   * @throws NullPointerException if a component is null
   */
  public IdCardScan {
    Objects.requireNonNull(fileType, "fileType == null");
    Objects.requireNonNull(resolution, "resolution == null");
    Objects.requireNonNull(card, "card == null");
    boxes = List.copyOf(boxes);
    Objects.requireNonNull(requestKey, "requestKey == null");
    findings = List.copyOf(findings);
  }

  /**
   * The kind of card, as {@code card().idType()}.
   *
   * @return the ID type, never null
   */
  public IdType idType() {
    return card.idType();
  }

  /**
   * The same scan with these findings.
   *
   * @param newFindings the findings that replace this scan's, not null
   * @return a new scan; this one is unchanged
   */
  public IdCardScan withFindings(List<Finding> newFindings) {
    return new IdCardScan(fileType, resolution, card, boxes, requestKey, newFindings);
  }
}
