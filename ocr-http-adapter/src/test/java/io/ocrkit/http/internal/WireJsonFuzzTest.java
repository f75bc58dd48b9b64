package io.ocrkit.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.ocrkit.core.model.OcrProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Fuzzes the SDK's JSON answer mapping ({@link WireJson}): whatever a server answers, mapping it
 * either yields the core's wire records or fails with one {@link OcrProtocolException} whose
 * message names the operation and quotes nothing of the body. Any other exception or error
 * (a {@code NullPointerException}, a {@code StackOverflowError} on deep nesting, a number that
 * overflows) is a finding.
 *
 * <p>The input's first byte picks the answer type; the rest is the body as UTF-8. Seeds (one per
 * operation's real answer, plus truncated, mistyped, huge-number and deeply nested bodies) are under
 * {@code src/test/resources/io/ocrkit/http/internal/WireJsonFuzzTestInputs/}. See FUZZING.md.
 */
@org.junit.jupiter.api.Tag("slow")
class WireJsonFuzzTest {

  private static final WireJson JSON = new WireJson();
  private static final String OPERATION = "fuzz-op";

  @FuzzTest(maxDuration = "5s")
  void an_answer_maps_to_wire_records_or_fails_with_one_opaque_protocol_exception(byte[] input) {
    if (input.length == 0) {
      return;
    }
    String body = new String(Arrays.copyOfRange(input, 1, input.length), StandardCharsets.UTF_8);
    try {
      Object parsed = switch (Math.floorMod(input[0], 6)) {
        case 0 -> JSON.publicKey(OPERATION, body);
        case 1 -> JSON.creditCard(OPERATION, body);
        case 2 -> JSON.idCard(OPERATION, body);
        case 3 -> JSON.authenticity(OPERATION, body);
        case 4 -> JSON.token(body);
        default -> WireJson.looksLikeJsonObject(body);
      };
      assertThat(parsed).isNotNull();
    } catch (OcrProtocolException documented) {
      // A cause is kept for diagnosis, but only as WithheldCause all the way down: no message of the parser.
      for (Throwable t = documented.getCause(); t != null; t = t.getCause()) {
        assertThat(t).isInstanceOf(WithheldCause.class);
      }
      assertThat(documented.getMessage()).satisfiesAnyOf(
          m -> assertThat(m).startsWith(OPERATION + " "),
          m -> assertThat(m).startsWith("token "));
    }
  }
}
