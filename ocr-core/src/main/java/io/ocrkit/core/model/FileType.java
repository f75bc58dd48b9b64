package io.ocrkit.core.model;

import java.util.Optional;

/** The image types the service reads, recognised by their leading bytes, not by a file name. */
public enum FileType {
  JPG("jpg", "image/jpeg"),
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

  /** The name the service uses in {@code fileType}: {@code jpg} or {@code png}. */
  public String wireName() {
    return wireName;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The type whose magic bytes start {@code head} (of which {@code length} bytes are valid). */
  public static Optional<FileType> sniff(byte[] head, int length) {
    if (startsWith(head, length, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(head, length, JPG_MAGIC)) {
      return Optional.of(JPG);
    }
    return Optional.empty();
  }

  /** The type the service named; {@code jpeg} is accepted for {@code jpg}. */
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
