package io.ocrkit.bench;

import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.http.OcrClientOptions;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.SampleImages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

/**
 * What the HTTP benchmarks share: a real PNG of an exact size, the scan request as the SDK puts it
 * on the wire (same multipart framing and headers), and an {@link HttpClient} set up as the SDK's
 * default one, so that a bare call and an SDK call differ only in what the SDK does around it.
 */
final class Loopback {

  /** The SDK's multipart framing ({@code io.ocrkit.http.internal.Multipart}), with a fixed boundary. */
  private static final String BOUNDARY = "ocrkit-bench0123456789abcdef";
  private static final String SUCCESS = "\"isSuccessful\":true";

  private Loopback() {}

  /** As the SDK makes its client when none is given ({@code io.ocrkit.http.internal.ClientResources}). */
  static HttpClient httpClient() {
    return HttpClient.newBuilder()
        .connectTimeout(OcrClientOptions.DEFAULT_CONNECT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /**
   * The sample card rendered as PNG with its {@code ocr-mock} fixture (so the mock answers the
   * sample's number; at 1012×638, or 506×319 when that rendering alone is larger than asked), padded to exactly {@code bytes} with a private ancillary chunk before
   * {@code IEND}: still a valid PNG of the same pixels, and the mock reads only the header and
   * the fixture chunk, so its work per byte is hashing and decrypting, as for a real photo.
   */
  static byte[] paddedPng(CreditCardSample sample, int bytes) {
    byte[] png = SampleImages.renderWithFixture(sample, SampleImages.Size.NORMAL, SampleImages.ImageFormat.PNG);
    if (png.length + 12 > bytes) {
      png = SampleImages.renderWithFixture(sample, SampleImages.Size.LOW, SampleImages.ImageFormat.PNG);
    }
    int padding = bytes - png.length - 12;
    if (padding < 0) {
      throw new IllegalArgumentException("'imageBytes' must be at least " + (png.length + 12) + ", was " + bytes);
    }
    int iend = png.length - 12; // IEND: length 0, type, CRC
    byte[] type = "ocPd".getBytes(StandardCharsets.US_ASCII); // ancillary, private, safe to copy
    byte[] data = new byte[padding];
    // Random bytes, not zeros: nothing along the way should find the padding easy to compress.
    new SplittableRandom(7).nextBytes(data);
    CRC32 crc = new CRC32();
    crc.update(type);
    crc.update(data);
    byte[] out = new byte[bytes];
    System.arraycopy(png, 0, out, 0, iend);
    int at = iend;
    at = putInt(out, at, padding);
    System.arraycopy(type, 0, out, at, 4);
    System.arraycopy(data, 0, out, at + 4, padding);
    at = putInt(out, at + 4 + padding, (int) crc.getValue());
    System.arraycopy(png, iend, out, at, 12);
    return out;
  }

  /** The multipart body of a credit-card scan: the image sealed under {@code envelope}. */
  static byte[] sealedBody(Envelope envelope, byte[] image) {
    byte[] head = ("--" + BOUNDARY + "\r\n"
        + "Content-Disposition: form-data; name=\"" + Protocol.IMAGE_PART + "\"; filename=\"image.png\"\r\n"
        + "Content-Type: application/octet-stream\r\n"
        + "\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    int cipherLength = Math.toIntExact(Envelope.ciphertextLength(image.length));
    byte[] body = Arrays.copyOf(head, head.length + cipherLength + tail.length);
    try (InputStream cipher = envelope.encrypting(new ByteArrayInputStream(image))) {
      int n = cipher.readNBytes(body, head.length, cipherLength);
      if (n != cipherLength || cipher.read() != -1) {
        throw new IllegalStateException("the ciphertext is not " + cipherLength + " bytes long");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.arraycopy(tail, 0, body, head.length + cipherLength, tail.length);
    return body;
  }

  /** The scan request with the SDK's headers, for a body made by {@link #sealedBody}. */
  static HttpRequest scanRequest(MockOcrServer mock, Envelope envelope, byte[] body) {
    URI uri = URI.create(mock.baseUrl() + Protocol.operationPath(Protocol.V2_0, mock.appKey(), Operation.CREDIT_CARD));
    return HttpRequest.newBuilder(uri)
        .timeout(OcrClientOptions.DEFAULT_ATTEMPT_TIMEOUT)
        .header(Protocol.AUTHORIZATION, mock.secretKey())
        .header(Protocol.KEY_VERSION, envelope.keyVersion())
        .header(Protocol.SYMMETRIC_KEY, envelope.wrappedKey())
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  /**
   * Fails unless the answer says success: a benchmark that measured refusals would look fast.
   * The message names the result code only, never a field of the answer.
   */
  static String requireSuccess(String answer) {
    if (!answer.contains(SUCCESS)) {
      int at = answer.indexOf("\"resultCode\":");
      String code = at < 0 ? "none" : answer.substring(at + 13, Math.min(answer.length(), at + 21)).split("[,}]")[0];
      throw new IllegalStateException("the mock did not answer success (resultCode " + code + ")");
    }
    return answer;
  }

  private static int putInt(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 24);
    b[at + 1] = (byte) (v >>> 16);
    b[at + 2] = (byte) (v >>> 8);
    b[at + 3] = (byte) v;
    return at + 4;
  }
}
