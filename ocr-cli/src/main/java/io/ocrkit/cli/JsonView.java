package io.ocrkit.cli;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

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
    return JSONB.toJson(tree);
  }
}
