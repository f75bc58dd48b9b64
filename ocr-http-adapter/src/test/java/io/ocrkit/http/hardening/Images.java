package io.ocrkit.http.hardening;

/** Small images the SDK accepts: it sniffs the magic bytes only. */
final class Images {

  /** A PNG header with 800×500 in IHDR. */
  static final byte[] PNG = png();

  /** A JPEG start of image. */
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

  private Images() {}

  private static byte[] png() {
    byte[] png = new byte[64];
    byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
        0, 0, 3, 0x20, 0, 0, 1, (byte) 0xF4};
    System.arraycopy(head, 0, png, 0, head.length);
    return png;
  }
}
