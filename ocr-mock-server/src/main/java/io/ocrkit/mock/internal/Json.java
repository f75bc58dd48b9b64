package io.ocrkit.mock.internal;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON through JSON-B (Yasson), as plain maps and lists: the mock has no DTO classes to drift. */
public final class Json {

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

  /**
   * Deeper than any body or fixture the mock reads; JSON-B binds recursively, so a hostile body
   * nested a thousand levels would otherwise end in a StackOverflowError (an HTTP 500).
   */
  public static final int MAX_DEPTH = 32;

  private Json() {}

  public static String write(Object value) {
    String text = JsonText.write(value);
    return text != null ? text : JSONB.toJson(value);
  }

  /**
   * Parses a JSON object.
   *
   * @throws IllegalArgumentException if the text is not a JSON object
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> readObject(String text) {
    if (text == null || text.isBlank() || !text.strip().startsWith("{")) {
      throw new IllegalArgumentException("not a JSON object");
    }
    requireShallow(text);
    try {
      Object parsed = JSONB.fromJson(text, LinkedHashMap.class);
      return (Map<String, Object>) parsed;
    } catch (JsonbException | ClassCastException e) {
      throw new IllegalArgumentException("not a JSON object");
    }
  }

  /** A streaming pass that only counts depth: it needs no stack of its own, whatever the input. */
  private static void requireShallow(String text) {
    int depth = 0;
    try (JsonParser parser = jakarta.json.Json.createParser(new StringReader(text))) {
      while (parser.hasNext()) {
        switch (parser.next()) {
          case START_OBJECT, START_ARRAY -> {
            if (++depth > MAX_DEPTH) {
              throw new IllegalArgumentException("JSON nested deeper than " + MAX_DEPTH + " levels");
            }
          }
          case END_OBJECT, END_ARRAY -> depth--;
          default -> { }
        }
      }
    } catch (jakarta.json.JsonException e) {
      throw new IllegalArgumentException("not a JSON object");
    }
  }

  /** A deep, mutable copy of parsed JSON (maps and lists), so fixtures are never changed in place. */
  @SuppressWarnings("unchecked")
  public static Object deepCopy(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), deepCopy(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(deepCopy(v)));
      return copy;
    }
    return value;
  }

  /** The field as text: strings as they are, numbers and booleans as JSON would print them. */
  public static String text(Map<String, Object> object, String field) {
    Object value = object.get(field);
    return value == null ? null : String.valueOf(value);
  }
}
