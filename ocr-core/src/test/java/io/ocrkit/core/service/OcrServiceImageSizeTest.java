package io.ocrkit.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.ImageSource;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * One size rule: 20 MiB (20,971,520 bytes) of the image part as sent, which is the ciphertext,
 * the plaintext padded to the next multiple of 16. Checked before anything is read or sent.
 */
class OcrServiceImageSizeTest {

  private static final long LIMIT = 20L * 1024 * 1024;

  private final ServiceFixture f = new ServiceFixture();

  private static InputStream neverRead() {
    return new InputStream() {
      @Override
      public int read() {
        throw new AssertionError("an oversized image must not be read");
      }
    };
  }

  @Test
  void a_plaintext_of_exactly_20_mib_is_refused_because_its_padding_puts_it_16_bytes_over() {
    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(neverRead(), LIMIT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'image'").hasMessageContaining("sent as 20971536 bytes")
        .hasMessageContaining("16 bytes over the limit of 20971520");
    assertThat(f.transport.keyFetches()).isZero();
  }

  @Test
  void the_largest_plaintext_whose_ciphertext_fits_is_not_refused_for_its_size() {
    // 20,971,519 bytes pad to exactly 20,971,520: past the size check, the type check reads it.
    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(InputStream.nullInputStream(), LIMIT - 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a JPEG or PNG");
  }

  @Test
  void the_message_says_by_how_much_an_image_is_over() {
    assertThatThrownBy(() -> f.service().scanIdCard(ImageSource.of(neverRead(), LIMIT + 1000)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1008 bytes over");
  }
}
