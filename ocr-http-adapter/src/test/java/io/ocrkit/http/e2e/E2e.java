package io.ocrkit.http.e2e;

import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.Recognized;
import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.core.model.SensitiveText;
import io.ocrkit.http.OcrClient;
import io.ocrkit.http.OcrClientBuilder;
import io.ocrkit.mock.JournalEntry;
import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.MockOcrServerBuilder;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.SampleCard;
import io.ocrkit.mock.samples.SampleFixtures;
import io.ocrkit.mock.samples.SampleImages;
import io.ocrkit.mock.samples.SampleImages.ImageFormat;
import io.ocrkit.mock.samples.SampleImages.Size;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What the end-to-end tests share: clients wired to a running {@link MockOcrServer} (v2.0 and
 * v2.1), sample images rendered once per JVM, the values a sample's fixture promises, and the
 * mock's journal filtered by endpoint.
 */
final class E2e {

  static {
    // Sample images are drawn with Java2D: no display is needed, nor wanted on CI.
    System.setProperty("java.awt.headless", "true");
  }

  /** The client's default 3 attempts, with short waits so a fault suite stays fast. */
  static final RetryPolicy FAST_RETRY = new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100));

  private static final Map<String, byte[]> IMAGES = new ConcurrentHashMap<>();
  private static final Jsonb JSONB = JsonbBuilder.create();

  private E2e() {}

  /** A v2.0 client (secret key) for this mock, with fast retries. */
  static OcrClientBuilder v20(MockOcrServer mock) {
    return OcrClient.builder()
        .baseUrl(mock.baseUrl())
        .appKey(mock.appKey())
        .secretKey(mock.secretKey())
        .retryPolicy(FAST_RETRY);
  }

  /** A v2.1 client (User Access Key, bearer tokens from the mock's token endpoint). */
  static OcrClientBuilder v21(MockOcrServer mock) {
    return OcrClient.builder()
        .baseUrl(mock.baseUrl())
        .appKey(mock.appKey())
        .userAccessKey(mock.userAccessKeyId(), mock.secretAccessKey())
        .tokenUrl(URI.create(mock.baseUrl() + "/oauth2/token/create"))
        .retryPolicy(FAST_RETRY);
  }

  /** The sample as a small PNG carrying its whole fixture (authentic), rendered once. */
  static byte[] png(SampleCard sample) {
    return image(sample, Size.LOW, ImageFormat.PNG);
  }

  static byte[] image(SampleCard sample, Size size, ImageFormat format) {
    String key = SampleFixtures.fixtureJson(sample, true) + "|" + size + "|" + format;
    return IMAGES.computeIfAbsent(key, k -> SampleImages.renderWithFixture(sample, size, format));
  }

  /** The sample as a PNG whose fixture says the card is forged ({@code authentic: false}). */
  static byte[] forgedPng(SampleCard sample) {
    return SampleImages.withFixture(SampleImages.render(sample, Size.LOW, ImageFormat.PNG),
        SampleFixtures.fixtureJson(sample, false));
  }

  /** key → plain value, in order, as the sample's fixture gives them to the mock. */
  @SuppressWarnings("unchecked")
  static Map<String, String> expectedKeyValues(SampleCard sample) {
    Map<String, Object> result = JSONB.fromJson(SampleFixtures.resultJson(sample), Map.class);
    Map<String, String> values = new LinkedHashMap<>();
    for (Object item : (List<Object>) result.get("keyValues")) {
      Map<String, Object> kv = (Map<String, Object>) item;
      values.put((String) kv.get("key"), (String) kv.get("value"));
    }
    return values;
  }

  /** key → decrypted value, in order, as the client read them. */
  static Map<String, String> actualKeyValues(IdCardScan scan) {
    Map<String, String> values = new LinkedHashMap<>();
    scan.card().keyValues().asMap().forEach((k, v) -> values.put(k, v.value().reveal()));
    return values;
  }

  /** Whether a credit-card answer carries exactly what the sample's fixture says. */
  static boolean matches(CreditCard card, CreditCardSample sample) {
    return card.number().map(n -> n.reveal().equals(sample.number())).orElse(false)
        && card.numberGroups().stream().map(Recognized::value).map(SensitiveText::reveal).toList()
            .equals(sample.groups())
        && card.validThru().map(v -> v.value().reveal().equals(sample.validThru())).orElse(false);
  }

  /**
   * A mock for a test class (in a static field): the journal is large enough for a class's
   * heaviest test; the extension resets the mock before each test.
   */
  static MockOcrExtension mock(Consumer<MockOcrServerBuilder> settings) {
    return new MockOcrExtension(builder -> settings.accept(builder.journalCapacity(100_000)));
  }

  static MockOcrExtension mock() {
    return mock(b -> { });
  }

  /** The mock's journal with each entry as a map by field name, the form these tests assert on. */
  static List<Map<String, Object>> entries(MockOcrServer mock) {
    return mock.requests().stream().map(E2e::asMap).toList();
  }

  private static Map<String, Object> asMap(JournalEntry e) {
    Map<String, Object> m = new java.util.HashMap<>();
    m.put("path", e.path());
    m.put("resultCode", e.resultCode());
    m.put("keyVersion", e.keyVersion());
    m.put("envelope", e.envelope());
    m.put("imageType", e.imageType());
    m.put("imageSize", e.imageSize());
    return m;
  }

  /** How many entries the journal holds now: a mark to read only what a test caused. */
  static int mark(MockOcrServer mock) {
    return mock.requests().size();
  }

  /**
   * The journal entries since {@code mark} for one operation, oldest first: {@code credit-card},
   * {@code id-card}, {@code id-card/stand-alone}, {@code id-card/authenticity},
   * {@code public-keys/credit-card}, {@code public-keys/id-card}, on v2.0 or v2.1.
   */
  static List<Map<String, Object>> journal(MockOcrServer mock, int mark, String operation) {
    Pattern path = Pattern.compile("/v2\\.[01]/appkeys/[^/]+/" + Pattern.quote(operation));
    List<Map<String, Object>> all = entries(mock);
    return all.subList(Math.min(mark, all.size()), all.size()).stream()
        .filter(e -> path.matcher(String.valueOf(e.get("path"))).matches())
        .toList();
  }
}
