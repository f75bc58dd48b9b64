package io.ocrkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CLI's --json output, byte for byte: what scripts that read it rely on. */
class JsonViewTest {

  @Test
  void an_object_keeps_its_key_order_and_writes_every_kind_of_value_compactly() {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("fileType", "png");
    result.put("conf", 0.98);
    result.put("whole", 1.0);
    result.put("tiny", 1.0E-5);
    result.put("x1", 12);
    result.put("isAuthenticity", true);
    result.put("none", null);
    result.put("cardNums", List.of(Map.of("value", "4111"), List.of(), new LinkedHashMap<>()));
    result.put("a", "first inserted last");

    assertThat(JsonView.render(result)).isEqualTo("{\"fileType\":\"png\",\"conf\":0.98,\"whole\":1.0,\"tiny\":1.0E-5,"
        + "\"x1\":12,\"isAuthenticity\":true,\"none\":null,\"cardNums\":[{\"value\":\"4111\"},[],{}],"
        + "\"a\":\"first inserted last\"}");
  }

  @Test
  void strings_escape_quotes_backslashes_and_control_characters_and_keep_the_rest() {
    List<Object> values = new ArrayList<>(List.of("say \"hi\"", "C:\\dir", "a/b", "line\nfeed\rreturn\ttab", "\u0001",
        "홍길동"));

    assertThat(JsonView.render(values)).isEqualTo("[\"say \\\"hi\\\"\",\"C:\\\\dir\",\"a/b\","
        + "\"line\\nfeed\\rreturn\\ttab\",\"\\u0001\",\"홍길동\"]");
  }

  @Test
  void a_single_entry_object_is_one_compact_line() {
    assertThat(JsonView.render(Map.of("isAuthenticity", false))).isEqualTo("{\"isAuthenticity\":false}");
  }
}
