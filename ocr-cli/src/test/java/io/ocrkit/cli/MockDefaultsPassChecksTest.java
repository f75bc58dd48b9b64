package io.ocrkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.IdType;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.http.OcrClient;
import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.MockOcrServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The mock's deterministic answers for images without a fixture are plausible: the SDK's
 * standard checks (Luhn, resident-number check digit, licence region, MRZ check digits, expiry,
 * confidence) find nothing in them.
 */
class MockDefaultsPassChecksTest {

  @RegisterExtension
  static final MockOcrExtension server = new MockOcrExtension();

  private static MockOcrServer mock;
  private static OcrClient client;

  @BeforeAll
  static void start() {
    System.setProperty("java.awt.headless", "true");
    mock = server.server();
    client = OcrClient.builder().baseUrl(mock.baseUrl()).appKey(mock.appKey()).secretKey(mock.secretKey()).build();
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  private static byte[] png(int seed) throws IOException {
    BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
    image.setRGB(seed % 800, seed % 500, 0xFFFFFF - seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  @Test
  void default_credit_card_answers_pass_every_check() throws IOException {
    for (int seed = 1; seed <= 40; seed++) {
      CreditCard card = client.scanCreditCard(ImageSource.of(png(seed)));

      assertThat(card.findings()).as("findings for image %d", seed).isEmpty();
      assertThat(card.number()).isPresent();
    }
  }

  @Test
  void default_id_card_answers_of_every_kind_pass_every_check() throws IOException {
    Set<IdType> seen = EnumSet.noneOf(IdType.class);
    for (int seed = 1; seed <= 90; seed++) {
      IdCardScan scan = client.scanIdCardStandAlone(ImageSource.of(png(seed)));

      assertThat(scan.findings()).as("findings for a %s from image %d", scan.idType(), seed).isEmpty();
      seen.add(scan.idType());
    }
    assertThat(seen).containsExactlyInAnyOrder(IdType.values());
  }
}
