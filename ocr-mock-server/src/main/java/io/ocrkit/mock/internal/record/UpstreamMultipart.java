package io.ocrkit.mock.internal.record;

import io.ocrkit.core.model.FileType;
import io.ocrkit.core.protocol.Protocol;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The one-part {@code multipart/form-data} body of a forwarded scan: the sealed image as raw
 * ciphertext, with the part headers the SDK sends (docs/protocol.md, "this project's decisions").
 */
record UpstreamMultipart(String contentType, byte[] bytes) {

  private static final SecureRandom RANDOM = new SecureRandom();

  static UpstreamMultipart image(byte[] cipherText, FileType type) {
    byte[] b = new byte[12];
    RANDOM.nextBytes(b);
    String boundary = "ocrkit-record-" + HexFormat.of().formatHex(b);
    String head = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"" + Protocol.IMAGE_PART + "\"; filename=\"image."
        + type.wireName() + "\"\r\n"
        + "Content-Type: " + type.mediaType() + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream(cipherText.length + 256);
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(cipherText);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return new UpstreamMultipart("multipart/form-data; boundary=" + boundary, out.toByteArray());
  }
}
