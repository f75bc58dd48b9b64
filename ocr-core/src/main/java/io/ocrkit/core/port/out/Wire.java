package io.ocrkit.core.port.out;

import io.ocrkit.core.protocol.Operation;

import io.ocrkit.core.model.FileType;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The protocol's messages as plain records, field for field; encrypted fields are still Base64
 * ciphertext here. JSON mapping belongs to the transport adapter. Absent fields are null.
 */
public final class Wire {

  private Wire() {}

  /** {@code header}: {@code resultCode} 0 is success. */
  public record Header(boolean isSuccessful, int resultCode, String resultMessage) {}

  /** {@code result} of the public-key operation: Base64 DER and the version string. */
  public record PublicKey(String key, String version) {}

  /** {@code {value, conf}}; {@code value} encrypted. */
  public record ConfValue(String value, Double conf) {}

  /** {@code {x1,y1,...,x4,y4}}. */
  public record Box(int x1, int y1, int x2, int y2, int x3, int y3, int x4, int y4) {}

  /** {@code result} of the credit-card operation. */
  public record CreditCard(
      String fileType,
      String resolution,
      List<ConfValue> cardNums,
      String totalCardNum,
      List<Box> cardNumBoxes,
      ConfValue validThru,
      Box validThruBox) {}

  /** One of {@code keyValues}: {@code value} encrypted; {@code bbox} may be absent. */
  public record KeyValue(String key, String value, Double conf, Box bbox) {}

  /** {@code result} of the ID-card operations. */
  public record IdCard(String fileType, String resolution, String idType, List<KeyValue> keyValues, List<Box> boxes) {}

  /** {@code result} of the authenticity operation. */
  public record Authenticity(Boolean isAuthenticity) {}

  /**
   * An enveloped image upload. {@code ciphertext} is read once, exactly {@code ciphertextLength}
   * bytes; the transport closes it.
   *
   * @param fileType the plaintext's type, for the part's file name ({@code image.png})
   */
  public record Upload(
      Operation operation,
      String keyVersion,
      String wrappedKey,
      FileType fileType,
      InputStream ciphertext,
      long ciphertextLength) {
    public Upload {
      Objects.requireNonNull(operation, "operation == null");
      Objects.requireNonNull(keyVersion, "keyVersion == null");
      Objects.requireNonNull(wrappedKey, "wrappedKey == null");
      Objects.requireNonNull(fileType, "fileType == null");
      Objects.requireNonNull(ciphertext, "ciphertext == null");
    }

    @Override
    public String toString() {
      return "Upload[" + operation.pathSegment() + ", keyVersion=" + keyVersion + ", " + ciphertextLength + " bytes]";
    }
  }

  /**
   * An enveloped authenticity request. {@code body} is the JSON object's fields in order, the
   * sensitive ones already encrypted.
   */
  public record AuthenticityUpload(String keyVersion, String wrappedKey, String requestKey, Map<String, String> body) {
    public AuthenticityUpload {
      Objects.requireNonNull(keyVersion, "keyVersion == null");
      Objects.requireNonNull(wrappedKey, "wrappedKey == null");
      Objects.requireNonNull(requestKey, "requestKey == null");
      body = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(body));
    }

    @Override
    public String toString() {
      return "AuthenticityUpload[keyVersion=" + keyVersion + ", fields=" + body.keySet() + "]";
    }
  }
}
