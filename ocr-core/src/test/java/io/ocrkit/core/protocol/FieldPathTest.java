package io.ocrkit.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldPathTest {

  private static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @Test
  void a_path_reads_every_element_of_an_array_in_order() {
    Map<String, Object> tree =
        object("cardNums", new ArrayList<>(List.of(object("value", "a"), object("value", "b"))));

    assertThat(FieldPath.of("cardNums[].value").values(tree, FieldPath.Members.MAPS)).containsExactly("a", "b");
  }

  @Test
  void absent_members_null_elements_and_null_values_are_passed_over() {
    Map<String, Object> tree = object("items", Arrays.asList(null, object("value", null), object(), object("value", 7)));

    assertThat(FieldPath.of("items[].value").values(tree, FieldPath.Members.MAPS)).containsExactly(7);
    assertThat(FieldPath.of("missing.value").values(tree, FieldPath.Members.MAPS)).isEmpty();
    assertThat(FieldPath.of("items.value").values(tree, FieldPath.Members.MAPS)).isEmpty();
  }

  @Test
  void replacing_changes_only_the_values_at_the_path_and_gives_numbers_as_text() {
    Map<String, Object> tree = object("validThru", object("value", "04/29", "conf", 0.9), "totalCardNum", 4111L,
        "other", "x");

    FieldPath.of("validThru.value").replaceIn(tree, v -> "<" + v + ">");
    FieldPath.of("totalCardNum").replaceIn(tree, v -> "<" + v + ">");

    assertThat(tree).isEqualTo(object("validThru", object("value", "<04/29>", "conf", 0.9), "totalCardNum", "<4111>",
        "other", "x"));
  }

  @Test
  void replacing_passes_over_a_holder_that_is_not_an_object() {
    Map<String, Object> tree = object("validThru", "04/29", "cardNums", new ArrayList<>(List.of("4111")));

    FieldPath.of("validThru.value").replaceIn(tree, v -> "changed");
    FieldPath.of("cardNums[].value").replaceIn(tree, v -> "changed");

    assertThat(tree).isEqualTo(object("validThru", "04/29", "cardNums", List.of("4111")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a.", ".a", "a[]", "a..b", "a[].b[]", "a b", "1a", "a[0].b"})
  void a_malformed_path_is_refused_naming_the_argument(String text) {
    assertThatThrownBy(() -> FieldPath.of(text))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'path'");
  }

  @Test
  void a_path_prints_and_compares_as_written() {
    assertThat(FieldPath.of("keyValues[].value")).hasToString("keyValues[].value")
        .isEqualTo(FieldPath.of("keyValues[].value")).isNotEqualTo(FieldPath.of("keyValues.value"));
  }
}
