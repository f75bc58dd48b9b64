package io.ocrkit.core.protocol;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The answer fields the protocol encrypts under the request's symmetric key, written once: the
 * SDK decrypts exactly these, the mock encrypts exactly these. Everything else in an answer
 * (confidences, boxes, keys of key-values, types) travels in plain text.
 */
public final class EncryptedFields {

  /** The card number's groups as printed, e.g. {@code 4111}. */
  public static final FieldPath CARD_NUMBER_GROUPS = FieldPath.of("cardNums[].value");
  /** The whole card number. */
  public static final FieldPath CARD_NUMBER = FieldPath.of("totalCardNum");
  /** The card's expiry, e.g. {@code 04/29}. */
  public static final FieldPath VALID_THRU = FieldPath.of("validThru.value");
  /** Every value an ID-card scan read: names, numbers, dates, issuers. */
  public static final FieldPath ID_CARD_VALUES = FieldPath.of("keyValues[].value");

  private static final Map<KeyService, List<FieldPath>> BY_SERVICE = Map.of(
      KeyService.CREDIT_CARD, List.of(CARD_NUMBER_GROUPS, CARD_NUMBER, VALID_THRU),
      KeyService.ID_CARD, List.of(ID_CARD_VALUES));

  private EncryptedFields() {}

  /**
   * The encrypted fields of a scan answer sealed under {@code service}'s key. An authenticity
   * answer ({@code isAuthenticity}) has none of them, so the list holds for it too.
   *
   * @param service the key service the answer was sealed under
   * @return an immutable list
   * @throws NullPointerException if {@code service} is null
   */
  public static List<FieldPath> of(KeyService service) {
    return BY_SERVICE.get(Objects.requireNonNull(service, "service == null"));
  }

  /**
   * Replaces each encrypted field of {@code result}, a tree of mutable maps and lists, with {@code function} of it.
   *
   * @param service the key service the answer is sealed under
   * @param result the answer's {@code result}, changed in place
   * @param function what replaces each field's text, e.g. encryption
   */
  public static void replaceIn(KeyService service, Map<String, Object> result, UnaryOperator<String> function) {
    for (FieldPath path : of(service)) {
      path.replaceIn(result, function);
    }
  }
}
