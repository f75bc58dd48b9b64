package io.ocrkit.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.mock.testing.HandClient;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Thumbnails: small, for fixture images only, bounded in number. */
class ThumbnailTest {

  private static final MockState.Recognition CARD = new MockState.Recognition(Map.of("totalCardNum", "1"), true, null);

  @Test
  void a_thumbnail_is_a_png_at_most_96_pixels_on_its_longer_side_and_keeps_the_aspect() throws Exception {
    for (byte[] image : new byte[][] {HandClient.png(1000, 630, 1), HandClient.jpg(800, 500, 2)}) {
      BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(Thumbnail.of(image).orElseThrow()));
      assertThat(thumb.getWidth()).isEqualTo(96);
      assertThat(thumb.getHeight()).isBetween(59, 61);
    }
    BufferedImage small = ImageIO.read(new ByteArrayInputStream(Thumbnail.of(HandClient.png(40, 30, 3)).orElseThrow()));
    assertThat(small.getWidth()).isEqualTo(40);
  }

  @Test
  void an_image_claiming_more_pixels_than_the_limit_or_not_an_image_has_none() {
    byte[] png = HandClient.png(40, 30, 4);
    byte[] huge = Arrays.copyOf(png, png.length);
    ByteBuffer.wrap(huge, 16, 8).putInt(20_000).putInt(20_000);
    assertThat(Thumbnail.of(huge)).isEmpty();
    assertThat(Thumbnail.of("not an image".getBytes())).isEmpty();
    assertThat(Thumbnail.of(Arrays.copyOf(png, 40))).isEmpty();
  }

  @Test
  void only_a_fixture_image_gets_a_thumbnail_and_a_clear_forgets_it() {
    FixtureStore fixtures = new FixtureStore();
    byte[] fixture = HandClient.png(40, 30, 5);
    byte[] scan = HandClient.png(40, 30, 6);
    fixtures.put(KeyService.CREDIT_CARD, Sha256.hex(fixture), CARD);

    fixtures.seen(KeyService.CREDIT_CARD, Sha256.hex(scan), scan);
    fixtures.seen(KeyService.CREDIT_CARD, Sha256.hex(fixture), fixture);

    assertThat(fixtures.thumbnail(KeyService.CREDIT_CARD, Sha256.hex(fixture))).isPresent();
    assertThat(fixtures.thumbnail(KeyService.CREDIT_CARD, Sha256.hex(scan))).isEmpty();
    assertThat(fixtures.thumbnail(KeyService.ID_CARD, Sha256.hex(fixture))).isEmpty();
    assertThat(fixtures.describe()).singleElement().satisfies(f -> assertThat(f)
        .containsEntry("sha256", Sha256.hex(fixture)).containsEntry("thumbnail", true).containsEntry("service", "credit-card"));
    fixtures.clear();
    assertThat(fixtures.thumbnail(KeyService.CREDIT_CARD, Sha256.hex(fixture))).isEmpty();
    assertThat(fixtures.describe()).isEmpty();
  }

  @Test
  void past_its_cap_the_store_forgets_the_oldest_thumbnail_and_lists_the_newest_fixtures_first() {
    FixtureStore fixtures = new FixtureStore();
    byte[][] images = new byte[FixtureStore.MAX_THUMBNAILS + 1][];
    for (int i = 0; i < images.length; i++) {
      images[i] = HandClient.png(8, 8, i + 1);
      fixtures.put(KeyService.CREDIT_CARD, Sha256.hex(images[i]), CARD);
      fixtures.seen(KeyService.CREDIT_CARD, Sha256.hex(images[i]), images[i]);
    }
    assertThat(fixtures.thumbnail(KeyService.CREDIT_CARD, Sha256.hex(images[0]))).isEmpty();
    assertThat(fixtures.thumbnail(KeyService.CREDIT_CARD, Sha256.hex(images[1]))).isPresent();
    assertThat(fixtures.describe().get(0)).containsEntry("sha256", Sha256.hex(images[images.length - 1]));
  }
}
