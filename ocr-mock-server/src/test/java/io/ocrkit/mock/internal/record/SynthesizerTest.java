package io.ocrkit.mock.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.validation.FindingCodes;
import io.ocrkit.mock.internal.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For many seeded inputs, valid and broken on purpose: the validator's findings are the same on
 * the original and on its substitute, no replaced value survives in the substitute's JSON text,
 * and every value keeps its shape.
 */
class SynthesizerTest {

  private static final int SEEDS = 80;
  /** Values kept on purpose (see the class comment of {@link Synthesizer}): not searched for. */
  private static final Set<String> KEPT_KEYS = Set.of("passportType", "countryCode", "nationality", "sex",
      "licenseType", "condition");
  private static final Pattern MM_YY = Pattern.compile("\\s*\\d{2}\\s*/\\s*\\d{2}\\s*");
  private static final Pattern DIGIT_RUN = Pattern.compile("\\d{4,}");

  static Stream<Arguments> inputs() {
    List<Arguments> all = new ArrayList<>();
    CardInputs.all(SEEDS).forEach(r -> all.add(Arguments.of(KeyService.CREDIT_CARD, r)));
    IdInputs.all(SEEDS).forEach(r -> all.add(Arguments.of(KeyService.ID_CARD, r)));
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void the_validator_finds_the_same_in_the_substitute(KeyService service, Map<String, Object> real) {
    Map<String, Object> synthetic = Synthesizer.substitute(service, real, Readings.CLOCK);

    assertThat(Readings.findings(service, synthetic)).isEqualTo(Readings.findings(service, real));
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void no_replaced_value_nor_four_of_its_digits_is_left_in_the_json(KeyService service, Map<String, Object> real) {
    String json = Json.write(Synthesizer.substitute(service, real, Readings.CLOCK));

    for (String value : personalValues(real)) {
      assertThat(json).doesNotContain(value);
      Matcher runs = DIGIT_RUN.matcher(value);
      while (runs.find()) {
        assertThat(json).doesNotContain(runs.group());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void every_value_keeps_its_length_separators_and_scripts(KeyService service, Map<String, Object> real) {
    Map<String, Object> synthetic = Synthesizer.substitute(service, real, Readings.CLOCK);

    List<String[]> pairs = new ArrayList<>();
    pairLeaves(real, synthetic, "", pairs);
    for (String[] pair : pairs) {
      String path = pair[0];
      if (path.endsWith("(issuer)")) {
        continue; // from the kit's list of issuers, whatever its length
      }
      assertThat(pair[2]).as(path).hasSameSizeAs(pair[1]);
      if (!path.endsWith("MRZ1")) {
        assertThat(shape(pair[2])).as(path).isEqualTo(shape(pair[1]));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void confidences_boxes_and_kinds_are_kept_and_the_input_is_not_changed(KeyService service, Map<String, Object> real) {
    String before = Json.write(real);
    Map<String, Object> synthetic = Synthesizer.substitute(service, real, Readings.CLOCK);

    assertThat(Json.write(real)).isEqualTo(before);
    assertThat(withoutStrings(synthetic)).isEqualTo(withoutStrings(real));
    assertThat(synthetic.get("idType")).isEqualTo(real.get("idType"));
    assertThat(Synthesizer.substitute(service, real, Readings.CLOCK)).isEqualTo(synthetic);
  }

  /** Guards the generators: without broken inputs, "the same findings" would prove little. */
  @Test
  void the_inputs_trip_every_check_the_substitute_must_keep() {
    Set<String> codes = new HashSet<>();
    inputs().forEach(a -> Readings.findings((KeyService) a.get()[0], cast(a.get()[1]))
        .forEach(f -> codes.add(f.code())));

    assertThat(codes).contains(FindingCodes.CARD_NUMBER_FORMAT, FindingCodes.CARD_LUHN_MISMATCH,
        FindingCodes.CARD_NETWORK_UNKNOWN, FindingCodes.CARD_LENGTH_MISMATCH, FindingCodes.CARD_GROUPS_MISMATCH,
        FindingCodes.CARD_EXPIRY_FORMAT, FindingCodes.CARD_EXPIRY_MONTH, FindingCodes.CARD_EXPIRED,
        FindingCodes.RRN_FORMAT, FindingCodes.RRN_BIRTH_DATE_INVALID, FindingCodes.RRN_BIRTH_DATE_IN_FUTURE,
        FindingCodes.RRN_CHECK_DIGIT, FindingCodes.DL_NUMBER_FORMAT, FindingCodes.DL_REGION_UNKNOWN,
        FindingCodes.DATE_UNREADABLE, FindingCodes.DATE_INVALID, FindingCodes.DATE_IN_FUTURE,
        FindingCodes.MRZ_MISSING, FindingCodes.MRZ_FORMAT, FindingCodes.MRZ_DOCUMENT_NUMBER_CHECK,
        FindingCodes.MRZ_BIRTH_DATE_CHECK, FindingCodes.MRZ_EXPIRY_DATE_CHECK, FindingCodes.MRZ_PERSONAL_NUMBER_CHECK,
        FindingCodes.MRZ_COMPOSITE_CHECK, FindingCodes.MRZ_DATE_INVALID, FindingCodes.PASSPORT_MRZ_MISMATCH,
        FindingCodes.PASSPORT_EXPIRED, FindingCodes.LOW_CONFIDENCE);
    assertThat(codes).doesNotContain(FindingCodes.CHECK_FAILED);
  }

  /** The real values the synthesizer promises to replace: every encrypted value but the kept ones. */
  static List<String> personalValues(Map<String, Object> result) {
    List<String> values = new ArrayList<>();
    if (result.get("totalCardNum") instanceof String total) {
      values.add(total);
    }
    if (result.get("cardNums") instanceof List<?> groups) {
      groups.forEach(g -> values.add((String) ((Map<?, ?>) g).get("value")));
    }
    if (result.get("validThru") instanceof Map<?, ?> v && !MM_YY.matcher((String) v.get("value")).matches()) {
      values.add((String) v.get("value"));
    }
    if (result.get("keyValues") instanceof List<?> kvs) {
      for (Object e : kvs) {
        Map<?, ?> kv = (Map<?, ?>) e;
        if (!KEPT_KEYS.contains(kv.get("key"))) {
          values.add((String) kv.get("value"));
        }
      }
    }
    // Shorter values (a check digit, a one-digit last group) are everywhere in any JSON text.
    return values.stream().map(String::strip).filter(v -> v.length() >= 3).toList();
  }

  private static void pairLeaves(Object real, Object synthetic, String path, List<String[]> out) {
    if (real instanceof Map<?, ?> map) {
      map.forEach((k, v) -> pairLeaves(v, ((Map<?, ?>) synthetic).get(k), path + "." + k
          + (k.equals("value") && map.get("key") != null ? "(" + map.get("key") + ")" : ""), out));
    } else if (real instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        pairLeaves(list.get(i), ((List<?>) synthetic).get(i), path + "[" + i + "]", out);
      }
    } else if (real instanceof String text) {
      out.add(new String[] {path, text, (String) synthetic});
    }
  }

  /** Each character's class: digit, upper, lower, Hangul; anything else as itself. */
  private static String shape(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? '9' : c >= 'A' && c <= 'Z' ? 'A'
        : c >= 'a' && c <= 'z' ? 'a' : c >= 0xAC00 && c <= 0xD7A3 ? '가' : (char) c));
    return out.toString();
  }

  private static Object withoutStrings(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<Object, Object> out = new java.util.LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, withoutStrings(v)));
      return out;
    }
    if (node instanceof List<?> list) {
      return list.stream().map(SynthesizerTest::withoutStrings).toList();
    }
    return node instanceof String ? "" : node;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object o) {
    return (Map<String, Object>) o;
  }
}
