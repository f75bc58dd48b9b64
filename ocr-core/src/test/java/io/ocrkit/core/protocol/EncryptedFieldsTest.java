package io.ocrkit.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EncryptedFieldsTest {

  @Test
  void the_protocol_encrypts_these_fields_and_no_others() {
    assertThat(EncryptedFields.of(KeyService.CREDIT_CARD)).extracting(FieldPath::toString)
        .containsExactly("cardNums[].value", "totalCardNum", "validThru.value");
    assertThat(EncryptedFields.of(KeyService.ID_CARD)).extracting(FieldPath::toString)
        .containsExactly("keyValues[].value");
  }

  @Test
  void replacing_under_a_service_touches_only_that_services_fields() {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("totalCardNum", "4111111111111111");
    result.put("keyValues", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("key", "name", "value", "홍길동")))));

    EncryptedFields.replaceIn(KeyService.ID_CARD, result, v -> "sealed");

    assertThat(result.get("totalCardNum")).isEqualTo("4111111111111111");
    assertThat(result.get("keyValues")).isEqualTo(List.of(Map.of("key", "name", "value", "sealed")));
  }
}
