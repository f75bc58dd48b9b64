package io.ocrkit.core.service;

import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.protocol.EncryptedFields;
import io.ocrkit.core.protocol.FieldPath;
import io.ocrkit.core.protocol.KeyService;
import java.util.HashMap;
import java.util.Map;

/**
 * An answer's encrypted fields, decrypted by the paths of {@link EncryptedFields} and nothing
 * else, so the list decides what the SDK opens. The reader then asks for a field's plaintext by
 * its ciphertext; asking for a field the list does not name is a bug and fails.
 */
final class OpenedFields {

  private final String operation;
  private final Map<String, String> plaintexts;

  private OpenedFields(String operation, Map<String, String> plaintexts) {
    this.operation = operation;
    this.plaintexts = plaintexts;
  }

  /** Decrypts every listed field of {@code result} while {@code envelope} is open. */
  static OpenedFields open(String operation, KeyService service, Record result, Envelope envelope) {
    Map<String, String> plaintexts = new HashMap<>();
    for (FieldPath path : EncryptedFields.of(service)) {
      for (Object value : path.values(result, WireRecords.MEMBERS)) {
        if (!(value instanceof String cipher)) {
          throw new IllegalStateException("the wire field " + path + " is not text");
        }
        plaintexts.put(cipher, envelope.decryptField(cipher));
      }
    }
    return new OpenedFields(operation, plaintexts);
  }

  /** The plaintext of an encrypted field of the answer, given as it came ({@code null} if absent). */
  String plaintext(String cipher) {
    if (cipher == null) {
      throw new OcrProtocolException(operation + " answered an encrypted field without a value");
    }
    String plain = plaintexts.get(cipher);
    if (plain == null) {
      throw new IllegalStateException("a field read as encrypted is not in EncryptedFields");
    }
    return plain;
  }
}
