package io.ocrkit.mock.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.testing.HandClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The JUnit extension replaying a directory, from a file written by hand as docs/recording-format.md
 * shows it: what an older version of the project wrote must replay in this one.
 */
class ReplayExtensionTest {

  static final byte[] IMAGE = HandClient.png(60, 40, 51);
  static final Path DIR = writeDocumentedExample();

  @RegisterExtension
  static MockOcrExtension mock = MockOcrExtension.replaying(DIR);

  private static Path writeDocumentedExample() {
    try {
      Path dir = Files.createTempDirectory("ocr-replay");
      dir.toFile().deleteOnExit();
      String sha = HandClient.sha256Hex(IMAGE);
      Path file = Files.writeString(dir.resolve(sha + ".json"), """
          {
            "format": 1,
            "service": "credit-card",
            "sha256": "%s",
            "resultCode": 0,
            "result": {
              "fileType": "png", "resolution": "low",
              "cardNums": [{"value": "4518", "conf": 0.99}, {"value": "4212", "conf": 0.99},
                           {"value": "3456", "conf": 0.99}, {"value": "7894", "conf": 0.99}],
              "totalCardNum": "4518421234567894",
              "validThru": {"value": "04/29", "conf": 0.98}
            },
            "authenticity": [],
            "upstreamApiVersion": "v2.0",
            "recordedAt": "2026-12-01T09:30:00Z",
            "values": "synthetic",
            "addedInALaterMinorVersion": true
          }
          """.formatted(sha));
      file.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void the_extension_answers_a_recording_of_the_documented_format(MockOcrServer server) {
    HandClient.Answer answer = new HandClient(server).scan("credit-card", IMAGE);

    assertThat(answer.resultCode()).isZero();
    assertThat(answer.decrypt(answer.result().get("totalCardNum"))).isEqualTo("4518421234567894");
  }
}
