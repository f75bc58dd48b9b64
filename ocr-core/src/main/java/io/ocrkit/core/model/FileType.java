package io.ocrkit.core.model;

import java.util.Optional;

/** The image types the service reads, recognised by their leading bytes, not by a file name. */
public enum FileType {
  /** JPEG; the service calls it {@code jpg}. */
  JPG("jpg", "image/jpeg"),
  /** PNG. */
  PNG("png", "image/png");

  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

  /** How many leading bytes {@link #sniff} needs at most. */
  public static final int MAGIC_LENGTH = PNG_MAGIC.length;

  private final String wireName;
  private final String mediaType;

  FileType(String wireName, String mediaType) {
    this.wireName = wireName;
    this.mediaType = mediaType;
  }

  /**
   * The name the service uses in {@code fileType}: {@code jpg} or {@code png}.
   *
   * @return {@code jpg} or {@code png}
   */
  public String wireName() {
    return wireName;
  }

  /**
   * The media type for a multipart part or a {@code Content-Type} header.
   *
   * @return {@code image/jpeg} or {@code image/png}
   */
  public String mediaType() {
    return mediaType;
  }

  /**
   * The type whose magic bytes start {@code head} (of which {@code length} bytes are valid).
   *
   * @param head the first bytes of the image; at least {@code length} long
   * @param length how many bytes of {@code head} were read (fewer than {@link #MAGIC_LENGTH} is fine)
   * @return the type, or empty when the bytes are neither a JPEG nor a PNG start
   */
  public static Optional<FileType> sniff(byte[] head, int length) {
    if (startsWith(head, length, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(head, length, JPG_MAGIC)) {
      return Optional.of(JPG);
    }
    return Optional.empty();
  }

  /**
   * The type the service named; {@code jpeg} is accepted for {@code jpg}.
   *
   * @param name the service's {@code fileType}, any case, a leading dot allowed; may be null
   * @return the type, or empty for null or an unknown name
   */
  public static Optional<FileType> fromWire(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return switch (name.trim().toLowerCase(java.util.Locale.ROOT).replace(".", "")) {
      case "jpg", "jpeg" -> Optional.of(JPG);
      case "png" -> Optional.of(PNG);
      default -> Optional.empty();
    };
  }

  private static boolean startsWith(byte[] head, int length, byte[] magic) {
    if (length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
