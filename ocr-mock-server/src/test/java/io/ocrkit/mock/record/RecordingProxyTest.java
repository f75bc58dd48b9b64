package io.ocrkit.mock.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.mock.JournalEntry;
import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.UpstreamCredentials;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.ResidentCardSample;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleFixtures;
import io.ocrkit.mock.testing.HandClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recording proxy in one JVM, against another mock as its upstream (each with its own keys):
 * forwarding, pass-through of codes, key recovery, fresh envelopes, Request-Key mapping, v2.1.
 * The same in separate processes and through the SDK is in the contract suite's RecordReplayTest.
 */
class RecordingProxyTest {

  @RegisterExtension
  static MockOcrExtension upstream = new MockOcrExtension();

  @TempDir
  Path dir;

  private MockOcrServer recorder;

  @AfterEach
  void stop() {
    if (recorder != null) {
      recorder.close();
    }
  }

  private HandClient recording(UpstreamCredentials credentials) {
    recorder = MockOcrServer.builder().recordFrom(upstream.server().baseUrl()).recordTo(dir)
        .upstreamCredentials(credentials).build().start();
    return new HandClient(recorder);
  }

  private HandClient recording() {
    return recording(UpstreamCredentials.v20(upstream.server().appKey(), upstream.server().secretKey()));
  }

  private static byte[] card(int seed) {
    return HandClient.png(60, 40, seed);
  }

  private static String registerCard(byte[] image, CreditCardSample sample) {
    return upstream.registerFixture(KeyService.CREDIT_CARD, image, SampleFixtures.resultJson(sample), true);
  }

  private static List<JournalEntry> upstreamScans(String operation) {
    return upstream.requests().stream().filter(e -> e.method().equals("POST") && e.path().endsWith("/" + operation))
        .toList();
  }

  @Test
  void a_scan_answers_what_the_upstream_read_under_the_clients_key_and_writes_one_file_per_image() {
    byte[] image = card(1);
    CreditCardSample sample = SampleData.creditCard(11);
    String sha = registerCard(image, sample);

    HandClient.Answer answer = recording().scan("credit-card", image);

    assertThat(answer.resultCode()).isZero();
    assertThat(answer.decrypt(answer.result().get("totalCardNum"))).isEqualTo(sample.number());
    assertThat(Recordings.files(dir)).containsExactly(dir.resolve(sha + ".json"));
    Map<String, Object> file = Recordings.json(dir, sha);
    assertThat(file).containsEntry("service", "credit-card").containsEntry("sha256", sha)
        .containsEntry("upstreamApiVersion", "v2.0")
        .containsEntry("values", "synthetic").containsKeys("recordedAt", "result", "authenticity");
    assertThat(Recordings.number(file, "format")).isEqualTo(1);
    assertThat(Recordings.number(file, "resultCode")).isZero();
  }

  @Test
  void the_upstreams_refusal_about_the_image_reaches_the_client_unchanged_and_is_recorded() {
    byte[] image = card(2);
    String sha = HandClient.sha256Hex(image);
    upstream.registerFixture("{\"service\":\"credit-card\",\"sha256\":\"" + sha + "\",\"resultCode\":4000111}");

    assertThat(recording().scan("credit-card", image).resultCode()).isEqualTo(4000111);
    assertThat(Recordings.json(dir, sha)).doesNotContainKey("result");
    assertThat(Recordings.number(Recordings.json(dir, sha), "resultCode")).isEqualTo(4000111);
  }

  @Test
  void a_refusal_of_the_upstream_credentials_passes_through_and_records_nothing() {
    HandClient client = recording(UpstreamCredentials.v20(upstream.server().appKey(), "not-the-secret"));

    assertThat(client.scan("credit-card", card(3)).resultCode()).isEqualTo(4010001);
    assertThat(Recordings.files(dir)).isEmpty();
    assertThat(recorder.recordingSummary()).hasValueSatisfying(s -> assertThat(s).contains("credit-card 4010001 x1")
        .contains("recorded 0 image(s)").doesNotContain("not-the-secret"));
  }

  @Test
  void an_upstream_key_retired_between_scans_is_refetched_without_the_client_noticing() {
    HandClient client = recording();
    assertThat(client.scan("credit-card", card(4)).resultCode()).isZero();
    upstream.rotateKey(KeyService.CREDIT_CARD, true);

    assertThat(client.scan("credit-card", card(5)).resultCode()).isZero();
    assertThat(upstreamScans("credit-card")).extracting(JournalEntry::resultCode).containsExactly(0, 4000301, 0);
  }

  @Test
  void every_forwarded_scan_is_sealed_under_a_fresh_key_that_is_not_the_clients() {
    HandClient client = recording();
    byte[] image = card(6);
    for (int i = 0; i < 3; i++) {
      assertThat(client.scan("credit-card", image).resultCode()).isZero();
    }

    // One image under one key gives one ciphertext (the IV is the key's first bytes): equal payload
    // fingerprints upstream would mean a reused key, a fingerprint the client also sent its own key.
    Set<String> forwarded = upstreamScans("credit-card").stream().map(JournalEntry::payloadFingerprint)
        .collect(Collectors.toSet());
    Set<String> fromClient = recorder.requests().stream().map(JournalEntry::payloadFingerprint)
        .filter(f -> f != null).collect(Collectors.toSet());
    assertThat(forwarded).hasSize(3).doesNotContainNull().doesNotContainAnyElementsOf(fromClient);
    assertThat(fromClient).hasSize(3);
    Set<String> wrapped = upstreamScans("credit-card").stream().map(JournalEntry::wrappedKeyFingerprint)
        .collect(Collectors.toSet());
    assertThat(wrapped).hasSize(3).doesNotContainAnyElementsOf(
        recorder.requests().stream().map(JournalEntry::wrappedKeyFingerprint).toList());
  }

  @Test
  void an_authenticity_check_goes_upstream_under_the_upstreams_request_key_and_its_verdict_is_recorded() {
    ResidentCardSample sample = SampleData.residentCard(21);
    byte[] image = HandClient.png(70, 45, 7);
    String sha = upstream.registerFixture(KeyService.ID_CARD, image, SampleFixtures.resultJson(sample), false);
    HandClient client = recording();
    HandClient.Answer scan = client.scan("id-card", image);
    Map<String, String> fields = Recordings.residentFields(scan.keyValues());

    HandClient.Answer check = client.authenticity(scan.requestKey(), fields);

    assertThat(check.resultCode()).isZero();
    assertThat(check.result()).containsEntry("isAuthenticity", false);
    assertThat(upstreamScans("id-card/authenticity")).extracting(JournalEntry::resultCode).containsExactly(0);
    assertThat(client.authenticity(scan.requestKey(), fields).resultCode()).isEqualTo(4000122);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> outcomes = (List<Map<String, Object>>) Recordings.json(dir, sha).get("authenticity");
    assertThat(outcomes).singleElement().satisfies(o -> {
      assertThat(o).containsEntry("isAuthenticity", false);
      assertThat(Recordings.number(o, "resultCode")).isZero();
    });
  }

  @Test
  void a_v21_upstream_is_called_with_a_token_from_its_token_endpoint() {
    MockOcrServer up = upstream.server();
    HandClient client = recording(UpstreamCredentials.v21(up.appKey(), up.userAccessKeyId(), up.secretAccessKey()));

    assertThat(client.scan("credit-card", card(8)).resultCode()).isZero();
    assertThat(upstreamScans("credit-card")).extracting(JournalEntry::path)
        .containsExactly("/v2.1/appkeys/" + up.appKey() + "/credit-card");
    assertThat(Recordings.json(dir, HandClient.sha256Hex(card(8)))).containsEntry("upstreamApiVersion", "v2.1");
  }

  @Test
  void a_revoked_upstream_token_is_made_again_once() {
    MockOcrServer up = upstream.server();
    HandClient client = recording(UpstreamCredentials.v21(up.appKey(), up.userAccessKeyId(), up.secretAccessKey()));
    assertThat(client.scan("credit-card", card(9)).resultCode()).isZero();
    upstream.revokeTokens();

    assertThat(client.scan("credit-card", card(10)).resultCode()).isZero();
    assertThat(upstreamScans("credit-card")).extracting(JournalEntry::resultCode).containsExactly(0, 4010006, 0);
  }

  @Test
  void recording_the_same_image_again_replaces_its_file() {
    byte[] image = card(11);
    registerCard(image, SampleData.creditCard(31));
    HandClient client = recording();
    client.scan("credit-card", image);
    CreditCardSample second = SampleData.creditCard(32);
    String sha = registerCard(image, second);

    client.scan("credit-card", image);

    assertThat(Recordings.files(dir)).containsExactly(dir.resolve(sha + ".json"));
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) Recordings.json(dir, sha).get("result");
    assertThat(result).containsEntry("totalCardNum", second.number());
    assertThat(recorder.recordingSummary()).hasValueSatisfying(s -> assertThat(s).contains("credit-card 0 x2")
        .contains("recorded 1 image(s)"));
  }

  @Test
  void an_unreachable_upstream_answers_the_client_5000503_and_records_nothing() {
    MockOcrServer gone = MockOcrServer.builder().build().start();
    gone.close();
    recorder = MockOcrServer.builder().recordFrom(gone.baseUrl()).recordTo(dir)
        .upstreamCredentials(UpstreamCredentials.v20("k", "s")).build().start();

    assertThat(new HandClient(recorder).scan("credit-card", card(12)).resultCode()).isEqualTo(5000503);
    assertThat(Recordings.files(dir)).isEmpty();
  }
}
