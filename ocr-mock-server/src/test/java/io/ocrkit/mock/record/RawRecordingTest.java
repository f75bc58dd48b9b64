package io.ocrkit.mock.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.MockOcrServerBuilder;
import io.ocrkit.mock.UpstreamCredentials;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.ResidentCardSample;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleFixtures;
import io.ocrkit.mock.testing.HandClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code --record-raw}: real values, kept from everyone but the owner, and said so at every start. */
class RawRecordingTest {

  @RegisterExtension
  static MockOcrExtension upstream = new MockOcrExtension();

  @TempDir
  Path parent;

  private MockOcrServerBuilder recorder(Path dir, boolean raw) {
    return MockOcrServer.builder().recordFrom(upstream.server().baseUrl()).recordTo(dir).recordRaw(raw)
        .upstreamCredentials(UpstreamCredentials.v20(upstream.server().appKey(), upstream.server().secretKey()));
  }

  private String recordOneCard(Path dir, boolean raw, CreditCardSample sample) {
    byte[] image = HandClient.png(60, 40, sample.number().hashCode());
    String sha = upstream.registerFixture(KeyService.CREDIT_CARD, image, SampleFixtures.resultJson(sample), true);
    try (MockOcrServer recorder = recorder(dir, raw).build().start()) {
      assertThat(new HandClient(recorder).scan("credit-card", image).resultCode()).isZero();
    }
    return sha;
  }

  @Test
  void raw_recordings_keep_the_real_values_in_files_only_their_owner_can_read() throws IOException {
    Path dir = parent.resolve("raw");
    CreditCardSample sample = SampleData.creditCard(61);
    String sha = recordOneCard(dir, true, sample);

    Path file = dir.resolve(sha + ".json");
    assertThat(Files.readString(file)).contains(sample.number()).contains("\"values\":\"real\"");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
    assertThat(Recordings.files(dir)).containsExactly(file);
  }

  @Test
  void every_raw_start_warns_that_real_values_are_kept() {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      recorder(parent.resolve("a"), true).build().start().close();
      recorder(parent.resolve("a"), true).build().start().close();
      recorder(parent.resolve("b"), false).build().start().close();
    } finally {
      System.setErr(err);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log.split("REAL personal values", -1)).hasSize(3);
    assertThat(log).contains("WARN").doesNotContain(upstream.server().secretKey());
  }

  @Test
  void default_recordings_hold_no_real_personal_value_byte_for_byte() throws IOException {
    Path dir = parent.resolve("synthetic");
    CreditCardSample card = SampleData.creditCard(62);
    String cardSha = recordOneCard(dir, false, card);
    ResidentCardSample resident = SampleData.residentCard(63);
    byte[] image = HandClient.png(70, 45, 63);
    String residentSha = upstream.registerFixture(KeyService.ID_CARD, image, SampleFixtures.resultJson(resident), true);
    try (MockOcrServer recorder = recorder(dir, false).build().start()) {
      assertThat(new HandClient(recorder).scan("id-card", image).resultCode()).isZero();
    }

    byte[] cardFile = Files.readAllBytes(dir.resolve(cardSha + ".json"));
    assertThat(indexOf(cardFile, bytes(card.number()))).as("where the real card number is").isNegative();
    byte[] residentFile = Files.readAllBytes(dir.resolve(residentSha + ".json"));
    for (String real : new String[] {resident.name(), resident.residentNumber(),
        resident.residentNumber().replace("-", "")}) {
      // JSON-B writes Hangul as is (UTF-8), so a real name would be found as its UTF-8 bytes.
      assertThat(indexOf(residentFile, bytes(real))).as("where a real value of the resident card is").isNegative();
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
