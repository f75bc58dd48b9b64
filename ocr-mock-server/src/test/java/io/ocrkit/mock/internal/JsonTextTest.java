package io.ocrkit.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  /** As {@link Json} configures it: the reference the fast writer must match character for character. */
  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

  static Stream<Long> seeds() {
    return IntStream.range(0, 300).mapToObj(i -> 0x5eedL * 31 + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void writes_what_json_b_writes_for_random_answers(long seed) {
    Object value = value(new Random(seed), 0);
    assertThat(JsonText.write(value)).isEqualTo(JSONB.toJson(value));
  }

  @Test
  void escapes_quotes_backslashes_and_control_characters_as_json_b_does() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("s\"k", "q\"\\/\b\f\n\r\t\u0001\u001f\u007f\u2028한글😀");
    value.put("n", null);
    value.put("d", Arrays.asList(0.93, 1.0E-7, 1.23456789012345E13, -0.0, 1.1f, new BigDecimal("1.50"),
        new BigDecimal("1E+3"), BigInteger.TEN.pow(30), Long.MIN_VALUE));
    assertThat(JsonText.write(value)).isEqualTo(JSONB.toJson(value));
  }

  @Test
  void leaves_what_it_does_not_know_to_json_b() {
    assertThat(JsonText.write(Map.of("when", java.time.LocalDate.of(2026, 1, 2)))).isNull();
    assertThat(JsonText.write(List.of(Double.NaN))).isNull();
    assertThat(JsonText.write(Map.of(1, "integer key"))).isNull();
    assertThat(Json.write(Map.of("when", java.time.LocalDate.of(2026, 1, 2))))
        .isEqualTo(JSONB.toJson(Map.of("when", java.time.LocalDate.of(2026, 1, 2))));
  }

  private static Object value(Random r, int depth) {
    int kind = r.nextInt(depth >= 4 ? 7 : 9);
    return switch (kind) {
      case 0 -> null;
      case 1 -> r.nextBoolean();
      case 2 -> r.nextInt();
      case 3 -> r.nextLong();
      case 4 -> r.nextInt(3) == 0 ? r.nextDouble() : (r.nextInt(2000) - 1000) / 100.0;
      case 5 -> new BigDecimal(BigInteger.valueOf(r.nextLong()), r.nextInt(12) - 4);
      case 6 -> text(r);
      case 7 -> {
        List<Object> list = new ArrayList<>();
        for (int i = r.nextInt(5); i > 0; i--) {
          list.add(value(r, depth + 1));
        }
        yield list;
      }
      default -> {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = r.nextInt(6); i > 0; i--) {
          map.put(text(r), value(r, depth + 1));
        }
        yield map;
      }
    };
  }

  /** Mostly ASCII, with control characters, quotes, backslashes, Hangul and astral code points mixed in. */
  private static String text(Random r) {
    StringBuilder s = new StringBuilder();
    for (int i = r.nextInt(12); i > 0; i--) {
      int pick = r.nextInt(10);
      if (pick < 5) {
        s.append((char) (0x20 + r.nextInt(0x5f)));
      } else if (pick < 7) {
        s.append((char) r.nextInt(0x20));
      } else if (pick == 7) {
        s.append(r.nextBoolean() ? '"' : '\\');
      } else if (pick == 8) {
        s.append((char) (0xAC00 + r.nextInt(11172)));
      } else {
        s.appendCodePoint(0x1F600 + r.nextInt(80));
      }
    }
    return s.toString();
  }
}
