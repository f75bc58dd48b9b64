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

  /**
   * {@code header}: {@code resultCode} 0 is success.
   *
   * @param isSuccessful whether the service did what was asked
   * @param resultCode the result code, see {@link io.ocrkit.core.protocol.ResultCode}
   * @param resultMessage the service's text for it, or null
   */
  public record Header(boolean isSuccessful, int resultCode, String resultMessage) {}

  /**
   * {@code result} of the public-key operation: Base64 DER and the version string.
   *
   * @param key Base64 of the DER encoding
   * @param version the version to echo in {@code X-Key-Version}
   */
  public record PublicKey(String key, String version) {}

  /**
   * {@code {value, conf}}; {@code value} encrypted.
   *
   * @param value Base64 ciphertext
   * @param conf confidence from 0 to 1, or null
   */
  public record ConfValue(String value, Double conf) {}

  /**
   * {@code {x1,y1,...,x4,y4}}.
   *
   * @param x1 top-left x
   * @param y1 top-left y
   * @param x2 top-right x
   * @param y2 top-right y
   * @param x3 bottom-right x
   * @param y3 bottom-right y
   * @param x4 bottom-left x
   * @param y4 bottom-left y
   */
  public record Box(int x1, int y1, int x2, int y2, int x3, int y3, int x4, int y4) {}

  /**
   * {@code result} of the credit-card operation.
   *
   * @param fileType {@code jpg} or {@code png}
   * @param resolution {@code normal} or {@code low}
   * @param cardNums the number's groups, each encrypted
   * @param totalCardNum the whole number, encrypted
   * @param cardNumBoxes where the groups were read
   * @param validThru the expiry, encrypted
   * @param validThruBox where the expiry was read
   */
  public record CreditCard(
      String fileType,
      String resolution,
      List<ConfValue> cardNums,
      String totalCardNum,
      List<Box> cardNumBoxes,
      ConfValue validThru,
      Box validThruBox) {}

  /**
   * One of {@code keyValues}: {@code value} encrypted; {@code bbox} may be absent.
   *
   * @param key the key's name, e.g. {@code residentNumber}
   * @param value Base64 ciphertext
   * @param conf confidence from 0 to 1, or null
   * @param bbox where it was read, or null
   */
  public record KeyValue(String key, String value, Double conf, Box bbox) {}

  /**
   * {@code result} of the ID-card operations.
   *
   * @param fileType {@code jpg} or {@code png}
   * @param resolution {@code normal} or {@code low}
   * @param idType {@code resident}, {@code driver} or {@code passport}
   * @param keyValues the readings
   * @param boxes the recognised areas
   */
  public record IdCard(String fileType, String resolution, String idType, List<KeyValue> keyValues, List<Box> boxes) {}

  /**
   * {@code result} of the authenticity operation.
   *
   * @param isAuthenticity the verdict, or null when the service gave none
   */
  public record Authenticity(Boolean isAuthenticity) {}

  /**
   * An enveloped image upload. {@code ciphertext} is read once, exactly {@code ciphertextLength}
   * bytes; the transport closes it.
   *
   * @param operation which scan
   * @param keyVersion the public key version, for {@code X-Key-Version}
   * @param wrappedKey the wrapped symmetric key, for {@code Symmetric-Key}
   * @param fileType the plaintext's type, for the part's file name ({@code image.png})
   * @param ciphertext the encrypted image
   * @param ciphertextLength its exact length in bytes
   */
  public record Upload(
      Operation operation,
      String keyVersion,
      String wrappedKey,
      FileType fileType,
      InputStream ciphertext,
      long ciphertextLength) {
    /**
     * Checks the components: none may be null.
     *
     * @param operation which scan
     * @param keyVersion the public key version, for {@code X-Key-Version}
     * @param wrappedKey the wrapped symmetric key, for {@code Symmetric-Key}
     * @param fileType the plaintext's type, for the part's file name ({@code image.png})
     * @param ciphertext the encrypted image
     * @param ciphertextLength its exact length in bytes
     * @throws NullPointerException if a component is null
     */
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
   *
   * @param keyVersion the public key version, for {@code X-Key-Version}
   * @param wrappedKey the wrapped symmetric key, for {@code Symmetric-Key}
   * @param requestKey the scan's Request-Key, for the {@code Request-Key} header
   * @param body the fields in order, copied
   */
  public record AuthenticityUpload(String keyVersion, String wrappedKey, String requestKey, Map<String, String> body) {
    /**
     * Checks the components and copies {@code body}, keeping its order.
     *
     * @param keyVersion the public key version, for {@code X-Key-Version}
     * @param wrappedKey the wrapped symmetric key, for {@code Symmetric-Key}
     * @param requestKey the scan's Request-Key, for the {@code Request-Key} header
     * @param body the fields in order, copied
     * @throws NullPointerException if a component is null
     */
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
