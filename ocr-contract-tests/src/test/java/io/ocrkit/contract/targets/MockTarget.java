package io.ocrkit.contract.targets;

import io.ocrkit.core.model.FileType;
import io.ocrkit.mock.MockCrypto;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.MockOcrServerBuilder;
import io.ocrkit.mock.samples.SampleCard;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleFixtures;
import io.ocrkit.mock.samples.SampleImages;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The mock server, started in-process on a free loopback port, with the synthetic sample kit's
 * images. Before each contract it is reset and told, through its admin HTTP API, what each sample
 * image "contains" (the kit's fixture for it), so every contract starts from the same state.
 */
public final class MockTarget implements ContractTarget, AutoCloseable {

  /** Fixed seeds: the same fake cards on every run. */
  private static final long SEED = 20260527L;

  private final MockOcrServer server;
  private final MockAdmin admin;
  private final Map<SampleKind, Sample> samples = new EnumMap<>(SampleKind.class);
  private final Map<SampleKind, JsonObject> fixtures = new EnumMap<>(SampleKind.class);

  private MockTarget(MockOcrServer server) {
    this.server = server;
    this.admin = new MockAdmin(server.baseUrl());
    add(SampleKind.CREDIT_CARD, SampleData.creditCard(SEED));
    add(SampleKind.RESIDENT, SampleData.residentCard(SEED));
    add(SampleKind.DRIVER, SampleData.driverLicense(SEED));
    add(SampleKind.PASSPORT, SampleData.passport(SEED));
  }

  /** Which crypto the mock opens envelopes with ({@code jca} or {@code bc}); the mock's default when unset. */
  public static final String MOCK_CRYPTO = "OCR_MOCK_CRYPTO";

  /** Starts a mock on a free port, with the crypto {@link #MOCK_CRYPTO} names. */
  public static MockTarget start() {
    MockOcrServerBuilder builder = MockOcrServer.builder();
    Settings.get(MOCK_CRYPTO).map(MockCrypto::fromOption).ifPresent(builder::crypto);
    MockOcrServer server = builder.build().start();
    try {
      return new MockTarget(server);
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  private void add(SampleKind kind, SampleCard card) {
    byte[] png = SampleImages.render(card, SampleImages.Size.NORMAL, SampleImages.ImageFormat.PNG);
    samples.put(kind, new Sample("synthetic " + kind.fileStem() + ".png", png, FileType.PNG));
    JsonObject read = Json.createReader(new StringReader(SampleFixtures.resultJson(card))).readObject();
    fixtures.put(kind, withBoxes(kind, read));
  }

  /**
   * The kit's fixture plus the boxes a recogniser reports. The kit leaves them to the mock, but the
   * mock answers a fixture as given, and docs/protocol.md makes the boxes part of every answer.
   */
  private static JsonObject withBoxes(SampleKind kind, JsonObject read) {
    JsonObjectBuilder full = Json.createObjectBuilder(read);
    if (kind == SampleKind.CREDIT_CARD) {
      JsonArrayBuilder boxes = Json.createArrayBuilder();
      for (int g = 0; g < read.getJsonArray("cardNums").size(); g++) {
        boxes.add(box(100 + g * 200, 300, 260 + g * 200, 360));
      }
      full.add("cardNumBoxes", boxes).add("validThruBox", box(500, 420, 620, 460));
    } else {
      JsonArrayBuilder boxes = Json.createArrayBuilder();
      for (int i = 0; i < read.getJsonArray("keyValues").size(); i++) {
        boxes.add(box(80, 100 + i * 40, 600, 130 + i * 40));
      }
      full.add("boxes", boxes);
    }
    return full.build();
  }

  private static JsonObjectBuilder box(int left, int top, int right, int bottom) {
    return Json.createObjectBuilder().add("x1", left).add("y1", top).add("x2", right).add("y2", top)
        .add("x3", right).add("y3", bottom).add("x4", left).add("y4", bottom);
  }

  @Override
  public String name() {
    return "mock";
  }

  @Override
  public java.net.URI baseUrl() {
    return server.baseUrl();
  }

  /** What the mock opens envelopes with. */
  public MockCrypto crypto() {
    return server.config().crypto();
  }

  @Override
  public String appKey() {
    return server.appKey();
  }

  @Override
  public String secretKey() {
    return server.secretKey();
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.allOf(Capability.class);
  }

  @Override
  public Optional<Sample> sample(SampleKind kind) {
    return Optional.ofNullable(samples.get(kind));
  }

  /** What the mock answers for the sample of this kind, in plain values (the kit's fixture). */
  public JsonObject fixture(SampleKind kind) {
    return fixtures.get(kind);
  }

  /** Tells the mock what the sample of this kind contains and whether the ID is authentic. */
  public void registerSample(SampleKind kind, boolean authentic) {
    String service = kind == SampleKind.CREDIT_CARD ? "credit-card" : "id-card";
    admin.fixture(service, sha256(samples.get(kind).bytes()), fixtures.get(kind), authentic);
  }

  @Override
  public boolean refusesBeforeReadingBody() {
    return true;
  }

  @Override
  public MockAdmin admin() {
    return admin;
  }

  @Override
  public void beforeContract() {
    admin.reset();
    for (SampleKind kind : SampleKind.values()) {
      registerSample(kind, true);
    }
  }

  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "MockTarget[" + server.baseUrl() + ", " + server.config().crypto() + "]";
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
