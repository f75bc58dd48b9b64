package io.ocrkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.ResidentCard;
import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.http.OcrClient;
import io.ocrkit.mock.JournalEntry;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.UpstreamCredentials;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.DriverLicenseSample;
import io.ocrkit.mock.samples.ResidentCardSample;
import io.ocrkit.mock.samples.SampleCard;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleFixtures;
import io.ocrkit.mock.samples.SampleImages;
import io.ocrkit.mock.testing.HandClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 18's "done when": a recorder in this JVM records from a mock in another process (its own
 * keys), the SDK reads the same results from the recordings once that process is gone, and from
 * the upstream's journal: no forwarded envelope is the client's, and each has a fresh key.
 */
@Tag("slow")
class RecordReplayTest {

  @TempDir
  Path work;

  /** What one pass through the SDK read, compared whole between recording and replay. */
  record Reads(CreditCard card, CreditCard cardAgain, IdCardScan resident, boolean residentVerdict,
      IdCardScan driver, boolean driverVerdict, IdCardScan standAlone) {

    /** The request keys are the one part that differs between passes: each pass has its own. */
    List<Object> comparable() {
      return List.of(card, cardAgain, resident.card(), resident.boxes(), resident.findings(), residentVerdict,
          driver.card(), driverVerdict, standAlone);
    }

    /** What the checks made of each result: synthetic values must keep every outcome. */
    List<Object> outcomes() {
      return List.of(card.findings(), cardAgain.findings(), resident.findings(), residentVerdict, driver.findings(),
          driverVerdict, standAlone.findings(), resident.boxes());
    }
  }

  private static final CreditCardSample CARD = SampleData.creditCard(181);
  private static final ResidentCardSample FORGED_RESIDENT = SampleData.residentCard(182);
  private static final DriverLicenseSample DRIVER = SampleData.driverLicense(183);
  private static final ResidentCardSample STAND_ALONE = SampleData.residentCard(184);

  /** The images carry no fixture of their own: a replay can only know them from the recordings. */
  private static byte[] image(SampleCard sample) {
    return SampleImages.render(sample, SampleImages.Size.LOW, SampleImages.ImageFormat.PNG);
  }

  private static String fixture(SampleCard sample, boolean authentic) {
    String service = sample instanceof CreditCardSample ? "credit-card" : "id-card";
    return "{\"service\":\"" + service + "\",\"sha256\":\"" + HandClient.sha256Hex(image(sample)) + "\",\"result\":"
        + SampleFixtures.resultJson(sample) + ",\"authentic\":" + authentic + "}";
  }

  @ParameterizedTest(name = "upstream credentials {0}, raw {1}")
  @CsvSource({"v2.0, true", "v2.1, true", "v2.0, false"})
  void recordings_of_a_separate_upstream_replay_through_the_sdk(String apiVersion, boolean raw) {
    Path recordings = work.resolve("recordings");
    Reads recorded;
    List<Map<String, Object>> upstreamJournal;
    List<JournalEntry> recorderJournal;
    try (MockProcess upstream = MockProcess.start(work.resolve("upstream.log"))) {
      upstream.registerFixture(fixture(CARD, true));
      upstream.registerFixture(fixture(FORGED_RESIDENT, false));
      upstream.registerFixture(fixture(DRIVER, true));
      upstream.registerFixture(fixture(STAND_ALONE, true));
      UpstreamCredentials credentials = apiVersion.equals("v2.0")
          ? UpstreamCredentials.v20(MockProcess.APP_KEY, MockProcess.SECRET_KEY)
          : UpstreamCredentials.v21(MockProcess.APP_KEY, MockProcess.USER_ACCESS_KEY_ID, MockProcess.SECRET_ACCESS_KEY);
      try (MockOcrServer recorder = MockOcrServer.builder().recordFrom(upstream.baseUrl()).recordTo(recordings)
          .recordRaw(raw).upstreamCredentials(credentials).build().start()) {
        recorded = readAll(recorder);
        recorderJournal = recorder.requests();
        assertThat(recorder.recordingSummary()).hasValueSatisfying(s -> assertThat(s)
            .contains("recorded 4 image(s)").contains("credit-card 0 x2").contains("id-card/authenticity 0 x2"));
      }
      upstreamJournal = upstream.requests();
      upstream.close();
      assertThat(upstream.alive()).as("the upstream is stopped before the replay").isFalse();
    }

    Reads replayed;
    try (MockOcrServer replay = MockOcrServer.builder().fixtures(recordings).build().start()) {
      replayed = readAll(replay);
    }

    assertThat(recorded.card().number().orElseThrow().digits()).isEqualTo(CARD.number());
    assertThat(recorded.residentVerdict()).as("the upstream's verdict on the forged card").isFalse();
    assertThat(recorded.driverVerdict()).isTrue();
    if (raw) {
      assertThat(replayed.comparable()).as("raw recordings replay the very results").isEqualTo(recorded.comparable());
    } else {
      String synthetic = replayed.card().number().orElseThrow().digits();
      assertThat(synthetic).as("a synthetic card number of the same length and network").isNotEqualTo(CARD.number())
          .hasSameSizeAs(CARD.number()).startsWith(CARD.number().substring(0, 1));
      assertThat(replayed.outcomes()).as("synthetic values keep every check's outcome").isEqualTo(recorded.outcomes());
    }
    assertEnvelopesWereTheRecordersOwn(upstreamJournal, recorderJournal, apiVersion);
  }

  private static Reads readAll(MockOcrServer mock) {
    try (OcrClient sdk = OcrClient.builder().baseUrl(mock.baseUrl()).appKey(mock.appKey()).secretKey(mock.secretKey())
        .retryPolicy(RetryPolicy.none()).attemptTimeout(Duration.ofSeconds(60)).build()) {
      CreditCard card = sdk.scanCreditCard(ImageSource.of(image(CARD)));
      CreditCard cardAgain = sdk.scanCreditCard(ImageSource.of(image(CARD)));
      IdCardScan resident = sdk.scanIdCard(ImageSource.of(image(FORGED_RESIDENT)));
      boolean residentVerdict = sdk.verifyAuthenticity(resident.requestKey().orElseThrow(),
          Authenticity.residentRequest((ResidentCard) resident.card()));
      IdCardScan driver = sdk.scanIdCard(ImageSource.of(image(DRIVER)));
      boolean driverVerdict = sdk.verifyAuthenticity(driver.requestKey().orElseThrow(),
          Authenticity.driverRequest((io.ocrkit.core.model.DriverLicense) driver.card()));
      IdCardScan standAlone = sdk.scanIdCardStandAlone(ImageSource.of(image(STAND_ALONE)));
      return new Reads(card, cardAgain, resident, residentVerdict, driver, driverVerdict, standAlone);
    }
  }

  /**
   * One image under one key gives one ciphertext (the IV is the key's first bytes), so a payload
   * fingerprint upstream that repeats means a reused key, and one the client also sent means the
   * client's own key; the wrapped keys tell the envelopes apart the same way.
   */
  private static void assertEnvelopesWereTheRecordersOwn(List<Map<String, Object>> upstream,
      List<JournalEntry> recorder, String apiVersion) {
    List<Map<String, Object>> forwarded = upstream.stream()
        .filter(e -> "POST".equals(e.get("method")) && String.valueOf(e.get("path")).contains("/appkeys/"))
        .toList();
    assertThat(forwarded).hasSize(7).allSatisfy(e -> assertThat(String.valueOf(e.get("path")))
        .startsWith("/" + apiVersion + "/appkeys/" + MockProcess.APP_KEY + "/"));
    List<Object> upstreamWrapped = forwarded.stream().map(e -> e.get("wrappedKeyFingerprint")).toList();
    List<Object> upstreamPayloads = forwarded.stream().map(e -> e.get("payloadFingerprint"))
        .filter(Objects::nonNull).toList();
    Set<String> clientWrapped = recorder.stream().map(JournalEntry::wrappedKeyFingerprint).filter(Objects::nonNull)
        .collect(Collectors.toSet());
    Set<String> clientPayloads = recorder.stream().map(JournalEntry::payloadFingerprint).filter(Objects::nonNull)
        .collect(Collectors.toSet());

    assertThat(upstreamWrapped).doesNotContainNull().doesNotHaveDuplicates().doesNotContainAnyElementsOf(clientWrapped);
    assertThat(upstreamPayloads).hasSize(5).doesNotHaveDuplicates().doesNotContainAnyElementsOf(clientPayloads);
    assertThat(clientPayloads).hasSize(5);
  }
}
