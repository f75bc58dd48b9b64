package io.ocrkit.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One table decides what a refusal means for the SDK's retry loop and for a caller. */
class RecoveryTest {

  @Test
  void only_four_codes_have_a_recovery_each_its_own() {
    Map<Integer, Recovery> recoverable = Arrays.stream(ResultCode.values())
        .filter(c -> c.recovery() != Recovery.FAIL)
        .collect(Collectors.toMap(ResultCode::code, ResultCode::recovery));

    assertThat(recoverable).containsOnly(
        Map.entry(4000006, Recovery.WAIT_OUT_QUOTA),
        Map.entry(5000503, Recovery.BACK_OFF_AND_RETRY),
        Map.entry(4000301, Recovery.RESEAL_UNDER_FRESH_KEY),
        Map.entry(4010006, Recovery.RESEND_WITH_RENEWED_CREDENTIALS));
  }

  @ParameterizedTest
  @EnumSource(ResultCode.class)
  void a_code_is_retryable_exactly_when_something_can_make_it_succeed(ResultCode code) {
    assertThat(code.retryable()).isEqualTo(code.recovery() != Recovery.FAIL);
    assertThat(Recovery.of(code.code())).isEqualTo(code.recovery());
  }

  @Test
  void an_unknown_code_fails() {
    assertThat(Recovery.of(4009999)).isEqualTo(Recovery.FAIL);
  }
}
