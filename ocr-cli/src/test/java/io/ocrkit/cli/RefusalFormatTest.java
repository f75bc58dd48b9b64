package io.ocrkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.OcrServiceException;
import org.junit.jupiter.api.Test;

/** How the CLI words a refusal, whatever the SDK put in it. */
class RefusalFormatTest {

  @Test
  void a_refusal_with_the_success_code_is_a_contradictory_answer_not_a_refusal() {
    OcrServiceException contradictory = new OcrServiceException("credit-card", 0, "");

    assertThat(ExitCodes.describe(contradictory)).doesNotContain("failed: 0 SUCCESS").doesNotContain("()")
        .contains("isSuccessful false", "result code 0");
    assertThat(ExitCodes.of(contradictory)).isEqualTo(ExitCodes.TRANSPORT);
  }

  @Test
  void a_real_refusal_keeps_its_code_and_key_and_exit_3() {
    OcrServiceException refusal = new OcrServiceException("credit-card", 4010001, "");

    assertThat(ExitCodes.describe(refusal)).contains("4010001 INVALID_APPKEY_SECRETKEY");
    assertThat(ExitCodes.of(refusal)).isEqualTo(ExitCodes.REFUSED);
  }

  @Test
  void the_sdks_protocol_error_for_such_an_answer_is_exit_4() {
    assertThat(ExitCodes.of(new OcrProtocolException("credit-card: isSuccessful false with code 0"))).isEqualTo(4);
  }
}
