package io.ocrkit.cli;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Locale;

/**
 * The {@code --json} form of a {@link ResultView} map: one compact line, keys in the map's order.
 * JSON-B (Yasson) writes it, so escaping and number forms are a JSON library's, not ours.
 */
final class JsonView {

  // Thread-safe and costly to make: one for the process.
  private static final Jsonb JSONB = JsonbBuilder.create();

  private JsonView() {}

  /** Maps (in iteration order), lists, strings, numbers, booleans and nulls. */
  static String render(Object tree) {
    return escapeC1AndDel(JSONB.toJson(tree));
  }

  /** One line of JSON as maps, lists, strings, numbers; a {@code JsonbException} when it is not JSON. */
  static java.util.Map<?, ?> parse(String json) {
    return JSONB.fromJson(json, java.util.Map.class);
  }

  /**
   * JSON escapes only C0, so DEL and C1 (U+009B is a one-character CSI on some terminals) would
   * reach a terminal raw. Outside strings JSON has only ASCII, so every such character is in a
   * string, where a {@code \\u} escape means the same character to any parser.
   */
  private static String escapeC1AndDel(String json) {
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      boolean escape = c >= 0x7f && c <= 0x9f;
      if (escape && out == null) {
        out = new StringBuilder(json.length() + 16).append(json, 0, i);
      }
      if (escape) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? json : out.toString();
  }
}
