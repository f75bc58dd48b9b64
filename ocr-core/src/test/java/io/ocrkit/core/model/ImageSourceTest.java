package io.ocrkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class ImageSourceTest {

  @Test
  void a_stream_can_be_opened_only_once() throws Exception {
    ImageSource source = ImageSource.of(new ByteArrayInputStream(new byte[3]), 3);

    assertThat(source.reopenable()).isFalse();
    source.open();
    assertThatThrownBy(source::open).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void bytes_can_be_opened_again() throws Exception {
    ImageSource source = ImageSource.of(new byte[] {1, 2});

    assertThat(source.reopenable()).isTrue();
    assertThat(source.open().readAllBytes()).containsExactly(1, 2);
    assertThat(source.open().readAllBytes()).containsExactly(1, 2);
  }

  @Test
  void a_negative_stream_length_is_refused_naming_the_argument() {
    assertThatThrownBy(() -> ImageSource.of(new ByteArrayInputStream(new byte[0]), -1))
        .hasMessageContaining("'length'");
  }

  @Test
  void the_description_names_a_kind_never_content() {
    assertThat(ImageSource.of(new byte[] {'s', 'e', 'c'})).hasToString("ImageSource[bytes (3 bytes)]");
  }

  @Test
  void file_types_are_sniffed_from_magic_bytes_and_read_from_wire_names() {
    assertThat(FileType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, 4)).hasValue(FileType.JPG);
    assertThat(FileType.sniff(new byte[] {'G', 'I', 'F', '8'}, 4)).isEmpty();
    assertThat(FileType.fromWire("jpeg")).hasValue(FileType.JPG);
    assertThat(FileType.fromWire("PNG")).hasValue(FileType.PNG);
    assertThat(FileType.fromWire("gif")).isEmpty();
  }
}
