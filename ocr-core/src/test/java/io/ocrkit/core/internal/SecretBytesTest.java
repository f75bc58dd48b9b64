package io.ocrkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretBytesTest {

  @Test
  void to_string_shows_the_size_never_the_bytes() {
    SecretBytes secret = SecretBytes.adopt(new byte[] {0x41, 0x42, 0x43});

    assertThat(secret).hasToString("SecretBytes[3 bytes]");
  }

  @Test
  void wipe_zeroes_the_adopted_array_and_later_use_fails() {
    byte[] raw = {1, 2, 3, 4};
    SecretBytes secret = SecretBytes.adopt(raw);

    secret.close();

    assertThat(raw).containsOnly(0);
    assertThat(secret.isWiped()).isTrue();
    assertThat(secret).hasToString("SecretBytes[4 bytes, wiped]");
    assertThatThrownBy(secret::borrow).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(secret::copy).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void wiping_twice_is_harmless() {
    SecretBytes secret = SecretBytes.adopt(new byte[] {1});
    secret.wipe();
    secret.wipe();

    assertThat(secret.isWiped()).isTrue();
  }

  @Test
  void a_copy_is_independent_of_the_secret() {
    SecretBytes secret = SecretBytes.adopt(new byte[] {7, 8});
    byte[] copy = secret.copy();
    copy[0] = 0;

    assertThat(secret.borrow()).containsExactly(7, 8);
  }

  @Test
  void equal_bytes_are_equal_and_different_bytes_are_not() {
    assertThat(SecretBytes.adopt(new byte[] {1, 2})).isEqualTo(SecretBytes.adopt(new byte[] {1, 2}))
        .hasSameHashCodeAs(SecretBytes.adopt(new byte[] {9, 9}))
        .isNotEqualTo(SecretBytes.adopt(new byte[] {1, 3}));
  }
}
