package io.ocrkit.mock;

/**
 * One request the mock answered, as its journal keeps it: outcomes only, never a secret key, a
 * symmetric key or a plaintext number.
 *
 * @param time when it arrived, on the mock's clock (ISO-8601)
 * @param method the HTTP method
 * @param path the request path, the app key included (it is not a secret)
 * @param resultCode the code answered; null while in progress or when a fault broke the answer
 * @param keyVersion the {@code X-Key-Version} it named, or the version a public key answer gave
 * @param envelope {@code none}, {@code opened}, {@code unknown-key-version}, {@code bad-symmetric-key},
 *     {@code undecryptable}, or {@code fault:KIND}
 * @param imageType {@code png}, {@code jpg}, ... or {@code unknown}; null when no image was read
 * @param imageSize the decrypted image's size in bytes; null when no image was read
 * @param imagePart how the image part was sent: {@code raw} ciphertext or its {@code base64} text;
 *     null when no part was decrypted
 * @param missingHeader the header whose absence answered 4000005; null otherwise
 * @param imagePartType the {@code Content-Type} the image part declared; null when none was read
 * @param imagePartFileName the {@code filename} of the image part's disposition; null when none
 * @param imagePartTypeUnexpected true when the part declared a type that is not {@code image/*}
 *     (the mock reads it anyway, as the service's documentation does not say it refuses one)
 * @param wrappedKeyFingerprint the first 16 hex digits of the SHA-256 of the {@code Symmetric-Key}
 *     header's bytes as sent (the wrapped key, public on the wire); null when none was sent
 * @param payloadFingerprint the first 16 hex digits of the SHA-256 of the first 4 KiB of the image
 *     part as sent (ciphertext): equal for one image only under one symmetric key, since the IV is
 *     the key's first bytes; null when no image part was read
 */
public record JournalEntry(String time, String method, String path, Integer resultCode, String keyVersion,
    String envelope, String imageType, Long imageSize, String imagePart, String missingHeader,
    String imagePartType, String imagePartFileName, boolean imagePartTypeUnexpected,
    String wrappedKeyFingerprint, String payloadFingerprint) {

  /**
   * As the canonical constructor, without fingerprints.
   *
   * @param time when it arrived, on the mock's clock (ISO-8601)
   * @param method the HTTP method
   * @param path the request path, the app key included (it is not a secret)
   * @param resultCode the code answered; null while in progress or when a fault broke the answer
   * @param keyVersion the {@code X-Key-Version} it named, or the version a public key answer gave
   * @param envelope {@code none}, {@code opened}, {@code unknown-key-version}, {@code bad-symmetric-key},
   *     {@code undecryptable}, or {@code fault:KIND}
   * @param imageType {@code png}, {@code jpg}, ... or {@code unknown}; null when no image was read
   * @param imageSize the decrypted image's size in bytes; null when no image was read
   * @param imagePart how the image part was sent: {@code raw} ciphertext or its {@code base64} text;
   *     null when no part was decrypted
   * @param missingHeader the header whose absence answered 4000005; null otherwise
   * @param imagePartType the {@code Content-Type} the image part declared; null when none was read
   * @param imagePartFileName the {@code filename} of the image part's disposition; null when none
   * @param imagePartTypeUnexpected true when the part declared a type that is not {@code image/*}
   *     (the mock reads it anyway, as the service's documentation does not say it refuses one)
   */
  public JournalEntry(String time, String method, String path, Integer resultCode, String keyVersion,
      String envelope, String imageType, Long imageSize, String imagePart, String missingHeader,
      String imagePartType, String imagePartFileName, boolean imagePartTypeUnexpected) {
    this(time, method, path, resultCode, keyVersion, envelope, imageType, imageSize, imagePart, missingHeader,
        imagePartType, imagePartFileName, imagePartTypeUnexpected, null, null);
  }

  /**
   * As the canonical constructor, for an entry without an image part.
   *
   * @param time when it arrived, on the mock's clock (ISO-8601)
   * @param method the HTTP method
   * @param path the request path, the app key included (it is not a secret)
   * @param resultCode the code answered; null while in progress or when a fault broke the answer
   * @param keyVersion the {@code X-Key-Version} it named, or the version a public key answer gave
   * @param envelope {@code none}, {@code opened}, {@code unknown-key-version}, {@code bad-symmetric-key},
   *     {@code undecryptable}, or {@code fault:KIND}
   * @param imageType {@code png}, {@code jpg}, ... or {@code unknown}; null when no image was read
   * @param imageSize the decrypted image's size in bytes; null when no image was read
   * @param imagePart how the image part was sent: {@code raw} ciphertext or its {@code base64} text;
   *     null when no part was decrypted
   * @param missingHeader the header whose absence answered 4000005; null otherwise
   */
  public JournalEntry(String time, String method, String path, Integer resultCode, String keyVersion,
      String envelope, String imageType, Long imageSize, String imagePart, String missingHeader) {
    this(time, method, path, resultCode, keyVersion, envelope, imageType, imageSize, imagePart, missingHeader,
        null, null, false, null, null);
  }
}
