package io.ocrkit.cli;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.mock.MockAdmin;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An image file whose id-card answer is a hand-written result, registered with a mock. */
final class FixtureImages {

  private FixtureImages() {}

  /** A resident card the mock answers with {@code keyValuesJson} (a JSON array's contents). */
  static Path residentAnswering(MockAdmin mock, Path dir, long seed, String keyValuesJson) {
    byte[] png = SampleImages.render(SampleData.residentCard(seed), SampleImages.Size.NORMAL,
        SampleImages.ImageFormat.PNG);
    mock.registerFixture(KeyService.ID_CARD, png,
        "{\"idType\":\"resident\",\"keyValues\":[" + keyValuesJson + "]}", true);
    try {
      return Files.write(dir.resolve("fixture-" + seed + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String kv(String key, String jsonValue) {
    return "{\"key\":\"" + key + "\",\"value\":\"" + jsonValue + "\",\"conf\":0.97}";
  }
}
