package io.ocrkit.http;

import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.mock.JournalEntry;
import io.ocrkit.mock.MockAdmin;
import io.ocrkit.mock.MockOcrServer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

/**
 * Shared test data and client set-ups for the {@code OcrClient*Test} classes, which run against
 * the real {@link MockOcrServer}: images registered as fixtures, clients for it, and what its
 * journal says reached it.
 */
final class Fixtures {

  static final String VISA = "4111111111111111";
  static final String VISA_VALID_THRU = "04/29";
  static final String RESIDENT_NUMBER = "9001011234567";
  static final String NAME = "홍길동";

  private static final String BOX =
      "{\"x1\": 10, \"y1\": 20, \"x2\": 110, \"y2\": 20, \"x3\": 110, \"y3\": 60, \"x4\": 10, \"y4\": 60}";
  private static final Pattern SCAN =
      Pattern.compile("/v2\\.[01]/appkeys/[^/]+/(credit-card|id-card|id-card/stand-alone|id-card/authenticity)");

  private Fixtures() {}

  /**
   * A PNG signature and an 800 x 500 {@code IHDR} (so the mock calls the resolution normal), then
   * filler unique to {@code seed}: the mock reads no pixels, and this module does not read java.desktop.
   */
  static byte[] image(String seed) {
    ByteBuffer header = ByteBuffer.allocate(8 + 8 + 13 + 4);
    header.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    header.putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII));
    header.putInt(800).putInt(500).put(new byte[] {8, 2, 0, 0, 0});
    CRC32 crc = new CRC32();
    crc.update(header.array(), 12, 17);
    header.putInt((int) crc.getValue());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header.array());
    out.writeBytes(("fake image " + seed).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** An image the mock reads as a Visa card, {@link #VISA} valid thru {@link #VISA_VALID_THRU}. */
  static byte[] cardImage(MockAdmin mock, String seed) {
    return cardImage(mock, seed, "4111-1111-1111-1111", VISA_VALID_THRU);
  }

  /** An image the mock reads as a card numbered {@code groups} (dash-separated). */
  static byte[] cardImage(MockAdmin mock, String seed, String groups, String validThru) {
    byte[] image = image(seed);
    String cardNums = List.of(groups.split("-")).stream()
        .map(g -> "{\"value\": \"" + g + "\", \"conf\": 0.98}").collect(Collectors.joining(", "));
    mock.registerFixture(KeyService.CREDIT_CARD, image, "{\"cardNums\": [" + cardNums + "], \"totalCardNum\": \""
        + groups.replace("-", "") + "\", \"validThru\": {\"value\": \"" + validThru + "\", \"conf\": 0.9}, "
        + "\"cardNumBoxes\": [" + BOX + "], \"validThruBox\": " + BOX + "}", true);
    return image;
  }

  /** An image the mock reads as {@link #NAME}'s authentic resident card. */
  static byte[] idImage(MockAdmin mock, String seed) {
    return idImage(mock, seed, NAME, RESIDENT_NUMBER);
  }

  static byte[] idImage(MockAdmin mock, String seed, String name, String residentNumber) {
    byte[] image = image(seed);
    mock.registerFixture(KeyService.ID_CARD, image, """
        {"idType": "resident", "keyValues": [
          {"key": "name", "value": "%s", "conf": 0.95},
          {"key": "residentNumber", "value": "%s", "conf": 0.95},
          {"key": "issueDate", "value": "20200101", "conf": 0.95},
          {"key": "issuer", "value": "서울특별시 종로구청장", "conf": 0.95}]}""".formatted(name, residentNumber), true);
    return image;
  }

  /** An image the mock answers with {@code resultCode} instead of a result. */
  static byte[] refusedImage(MockAdmin mock, KeyService service, String seed, int resultCode) {
    byte[] image = image(seed);
    mock.registerFixture("{\"service\": \"" + service.wireName() + "\", \"sha256\": \"" + sha256(image)
        + "\", \"result\": {}, \"authentic\": true, \"resultCode\": " + resultCode + "}");
    return image;
  }

  /** A v2.0 client for {@code mock}, retrying quickly. */
  static OcrClientBuilder v20(MockOcrServer mock) {
    return OcrClient.builder()
        .baseUrl(mock.baseUrl())
        .appKey(mock.appKey())
        .secretKey(mock.secretKey())
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20)))
        .attemptTimeout(Duration.ofSeconds(10))
        .callTimeout(Duration.ofSeconds(30));
  }

  /** A v2.1 client for {@code mock}, with tokens from its token endpoint. */
  static OcrClientBuilder v21(MockOcrServer mock) {
    return OcrClient.builder()
        .baseUrl(mock.baseUrl())
        .tokenUrl(tokenUrl(mock))
        .appKey(mock.appKey())
        .userAccessKey(mock.userAccessKeyId(), mock.secretAccessKey())
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20)))
        .attemptTimeout(Duration.ofSeconds(10))
        .callTimeout(Duration.ofSeconds(30));
  }

  static URI tokenUrl(MockOcrServer mock) {
    return URI.create(mock.baseUrl() + "/oauth2/token/create");
  }

  /** The scans and authenticity checks that reached the mock (not key fetches), oldest first. */
  static List<JournalEntry> enveloped(MockAdmin mock) {
    return mock.requests().stream().filter(e -> SCAN.matcher(e.path()).matches()).toList();
  }

  static int envelopedRequests(MockAdmin mock) {
    return enveloped(mock).size();
  }

  static int publicKeyFetches(MockAdmin mock) {
    return (int) mock.requests().stream().filter(e -> e.path().contains("/public-keys/")).count();
  }

  /** How many envelopes the mock opened: what the fake service counted as unwrapped keys. */
  static int opened(MockAdmin mock) {
    return (int) enveloped(mock).stream().filter(e -> "opened".equals(e.envelope())).count();
  }

  static Map<String, Long> countByEnvelope(MockAdmin mock) {
    return enveloped(mock).stream().collect(Collectors.groupingBy(JournalEntry::envelope, Collectors.counting()));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
