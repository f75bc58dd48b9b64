package io.ocrkit.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.OcrProtocolException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A mapping failure keeps a cause to diagnose by, and nothing in the chain quotes the answer. */
class WireJsonCauseTest {

  private static final String VALUE = "SECRET-CIPHERTEXT-VALUE";

  private final WireJson json = new WireJson();

  private static List<String> chain(Throwable error) {
    List<String> all = new ArrayList<>();
    for (Throwable t = error; t != null; t = t.getCause()) {
      all.add(t.toString());
    }
    return all;
  }

  @Test
  void a_value_of_the_wrong_type_keeps_the_mapping_failure_as_cause_without_its_message() {
    String body = "{\"header\":{\"isSuccessful\":true,\"resultCode\":\"" + VALUE + "\"}}";

    assertThatThrownBy(() -> json.publicKey("public-keys/credit-card", body))
        .isInstanceOfSatisfying(OcrProtocolException.class, e -> {
          assertThat(e.getCause()).isNotNull();
          assertThat(e.getCause().getMessage()).contains("JsonbException");
          assertThat(e.getCause().getStackTrace()).isNotEmpty();
          assertThat(chain(e)).noneSatisfy(line -> assertThat(line).contains(VALUE));
        });
  }

  @Test
  void a_body_that_is_not_json_keeps_the_parsing_failure_as_cause_without_its_message() {
    String body = "{\"header\": " + VALUE + "}";

    assertThatThrownBy(() -> json.creditCard("credit-card", body))
        .isInstanceOfSatisfying(OcrProtocolException.class, e -> {
          assertThat(e.getCause()).isNotNull();
          assertThat(chain(e)).noneSatisfy(line -> assertThat(line).contains(VALUE));
        });
  }
}
