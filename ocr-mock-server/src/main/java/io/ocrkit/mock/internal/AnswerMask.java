package io.ocrkit.mock.internal;

import io.ocrkit.core.internal.ShapeMask;
import io.ocrkit.core.model.CardExpiry;
import io.ocrkit.core.model.CardNumber;
import io.ocrkit.core.model.IdCard;
import io.ocrkit.core.model.SensitiveText;
import io.ocrkit.core.protocol.EncryptedFields;
import java.util.List;
import java.util.Map;

/**
 * The answer's {@code result} as the journal keeps it: masked as the CLI prints a result without
 * {@code --reveal}, by the same core types. The fields the protocol encrypts are masked by what
 * they are (card numbers to their last four digits, the expiry and every ID value whose key is
 * personal to stars), and every other text by {@link ShapeMask}, since a fixture may put a
 * resident or card number under any key. Both kinds of fields are masked whichever operation
 * answered: a card image scanned as an ID card may be answered with a card's fields.
 */
final class AnswerMask {

  /** Past this many characters an answer is not kept whole: a full journal stays a few MB. */
  static final int MAX_KEPT_CHARS = 16 * 1024;

  private AnswerMask() {}

  /** The masked result as the journal keeps it: JSON text, or a note when it is too large. */
  static String journalText(Map<String, Object> plain) {
    String json = Json.write(of(plain));
    return json.length() <= MAX_KEPT_CHARS ? json
        : Json.write(Map.of("note", "a masked answer of " + json.length() + " characters, too large to keep"));
  }

  /** A masked deep copy of the plain {@code result} of a scan answer. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> of(Map<String, Object> plain) {
    Map<String, Object> copy = (Map<String, Object>) Json.deepCopy(plain);
    copy.remove("authentic");
    EncryptedFields.CARD_NUMBER_GROUPS.replaceIn(copy, v -> SensitiveText.of(v).masked());
    EncryptedFields.CARD_NUMBER.replaceIn(copy, v -> CardNumber.of(v).masked());
    EncryptedFields.VALID_THRU.replaceIn(copy, v -> CardExpiry.of(v).masked());
    if (copy.get("keyValues") instanceof List<?> items) {
      for (Object item : items) {
        if (item instanceof Map<?, ?> kv && kv.get("value") != null
            && !IdCard.NON_PERSONAL_KEYS.contains(String.valueOf(kv.get("key")))) {
          ((Map<String, Object>) kv).put("value", SensitiveText.of(String.valueOf(kv.get("value"))).masked());
        }
      }
    }
    return (Map<String, Object>) shapeMasked(copy);
  }

  @SuppressWarnings("unchecked")
  private static Object shapeMasked(Object value) {
    if (value instanceof String text) {
      return ShapeMask.mask(text);
    }
    if (value instanceof Number number) {
      // A fixture may give a number as a JSON number: 9001011234568 is a resident number all the same.
      String text = number.toString();
      String masked = ShapeMask.mask(text);
      return masked.equals(text) ? value : masked;
    }
    if (value instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).replaceAll((k, v) -> shapeMasked(v));
    } else if (value instanceof List<?> list) {
      ((List<Object>) list).replaceAll(AnswerMask::shapeMasked);
    }
    return value;
  }
}
