package io.ocrkit.mock.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.UpstreamCredentials;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.ResidentCardSample;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleFixtures;
import io.ocrkit.mock.testing.HandClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Recordings loaded with {@code fixtures(dir)} answer as registered fixtures do, the upstream long gone. */
class ReplayTest {

  @RegisterExtension
  static MockOcrExtension upstream = new MockOcrExtension();

  @TempDir
  Path dir;

  private MockOcrServer recorder() {
    return MockOcrServer.builder().recordFrom(upstream.server().baseUrl()).recordTo(dir)
        .upstreamCredentials(UpstreamCredentials.v20(upstream.server().appKey(), upstream.server().secretKey()))
        .build().start();
  }

  /** Records {@code image} through a recorder in front of the upstream, then stops the recorder. */
  private void record(KeyService service, byte[] image, String operation) {
    try (MockOcrServer recorder = recorder()) {
      assertThat(new HandClient(recorder).scan(operation, image).resultCode()).isNotEqualTo(5000503);
    }
  }

  private MockOcrServer replaying() {
    return MockOcrServer.builder().fixtures(dir).build().start();
  }

  @Test
  void a_recorded_card_is_answered_with_its_recorded_values_not_the_default_ones() {
    byte[] image = HandClient.png(60, 40, 41);
    CreditCardSample sample = SampleData.creditCard(41);
    upstream.registerFixture(KeyService.CREDIT_CARD, image, SampleFixtures.resultJson(sample), true);
    record(KeyService.CREDIT_CARD, image, "credit-card");

    try (MockOcrServer replay = replaying()) {
      HandClient.Answer answer = new HandClient(replay).scan("credit-card", image);
      assertThat(answer.decrypt(answer.result().get("totalCardNum"))).isEqualTo(sample.number());
      replay.reset();
      replay.clearFixtures();
      HandClient.Answer afterReset = new HandClient(replay).scan("credit-card", image);
      assertThat(afterReset.decrypt(afterReset.result().get("totalCardNum"))).isEqualTo(sample.number());
    }
  }

  @Test
  void a_recorded_refusal_is_answered_with_its_code() {
    byte[] image = HandClient.png(60, 40, 42);
    upstream.registerFixture("{\"service\":\"id-card\",\"sha256\":\"" + HandClient.sha256Hex(image)
        + "\",\"resultCode\":4000121}");
    record(KeyService.ID_CARD, image, "id-card");

    try (MockOcrServer replay = replaying()) {
      assertThat(new HandClient(replay).scan("id-card", image).resultCode()).isEqualTo(4000121);
    }
  }

  @Test
  void a_recorded_forged_verdict_is_the_replays_verdict() {
    ResidentCardSample sample = SampleData.residentCard(43);
    byte[] image = HandClient.png(70, 45, 43);
    upstream.registerFixture(KeyService.ID_CARD, image, SampleFixtures.resultJson(sample), false);
    try (MockOcrServer recorder = recorder()) {
      HandClient client = new HandClient(recorder);
      HandClient.Answer scan = client.scan("id-card", image);
      Map<String, String> fields = Recordings.residentFields(scan.keyValues());
      assertThat(client.authenticity(scan.requestKey(), fields).result()).containsEntry("isAuthenticity", false);
    }

    try (MockOcrServer replay = replaying()) {
      HandClient client = new HandClient(replay);
      HandClient.Answer scan = client.scan("id-card", image);
      assertThat(scan.keyValues()).containsEntry("name", sample.name());
      assertThat(client.authenticity(scan.requestKey(), Recordings.residentFields(scan.keyValues())).result())
          .containsEntry("isAuthenticity", false);
    }
  }

  @Test
  void a_registered_fixture_wins_over_a_recording_of_the_same_image() throws IOException {
    byte[] image = HandClient.png(60, 40, 44);
    upstream.registerFixture(KeyService.CREDIT_CARD, image, SampleFixtures.resultJson(SampleData.creditCard(44)), true);
    record(KeyService.CREDIT_CARD, image, "credit-card");
    CreditCardSample registered = SampleData.creditCard(45);

    try (MockOcrServer replay = replaying()) {
      replay.registerFixture(KeyService.CREDIT_CARD, image, SampleFixtures.resultJson(registered), true);
      HandClient.Answer answer = new HandClient(replay).scan("credit-card", image);
      assertThat(answer.decrypt(answer.result().get("totalCardNum"))).isEqualTo(registered.number());
    }
  }

  @Test
  void a_file_of_an_unknown_major_format_stops_the_start_naming_the_file() throws IOException {
    Path file = Files.writeString(dir.resolve("future.json"), "{\"format\":2,\"service\":\"credit-card\"}");

    assertThatThrownBy(() -> replaying().close()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("format 2 is not supported");
  }

  @Test
  void a_fixtures_path_that_is_not_a_directory_is_refused() throws IOException {
    Path file = Files.writeString(dir.resolve("x.json"), "{}");
    assertThatThrownBy(() -> MockOcrServer.builder().fixtures(file).build().start().close())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a directory");
  }
}
