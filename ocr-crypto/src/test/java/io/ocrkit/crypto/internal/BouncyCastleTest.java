package io.ocrkit.crypto.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BouncyCastleTest {

  @Test
  void a_missing_library_is_an_illegal_state_naming_the_adapter_and_the_artifact() {
    assertThatThrownBy(() -> BouncyCastle.require(String.class, () -> false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("String needs BouncyCastle")
        .hasMessageContaining("add the dependency org.bouncycastle:bcprov-jdk18on");
  }

  @Test
  void on_the_test_path_the_library_is_found() {
    assertThatCode(() -> BouncyCastle.require(String.class)).doesNotThrowAnyException();
  }
}
