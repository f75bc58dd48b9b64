package io.ocrkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoopbackTest {

  @Test
  void loopback_literals_and_localhost_are_loopback_and_nothing_is_resolved() {
    assertThat(Loopback.isLoopback("localhost")).isTrue();
    assertThat(Loopback.isLoopback("LOCALHOST")).isTrue();
    assertThat(Loopback.isLoopback("127.0.0.1")).isTrue();
    assertThat(Loopback.isLoopback("127.8.9.10")).isTrue();
    assertThat(Loopback.isLoopback("[::1]")).isTrue();
    assertThat(Loopback.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
    assertThat(Loopback.isLoopback("10.0.0.1")).isFalse();
    assertThat(Loopback.isLoopback("::ffff:8.8.8.8")).isFalse();
    // A name that might resolve to 127.0.0.1 is not loopback: DNS must not decide.
    assertThat(Loopback.isLoopback("localhost.example.com")).isFalse();
    assertThat(Loopback.isLoopback("")).isFalse();
    assertThat(Loopback.isLoopback(null)).isFalse();
  }

  @Test
  void a_peer_address_is_loopback_only_as_a_literal() {
    assertThat(Loopback.isLoopbackAddress("127.0.0.1")).isTrue();
    assertThat(Loopback.isLoopbackAddress("[::1]")).isTrue();
    assertThat(Loopback.isLoopbackAddress("localhost")).isFalse();
    assertThat(Loopback.isLoopbackAddress("192.168.1.20")).isFalse();
  }
}
