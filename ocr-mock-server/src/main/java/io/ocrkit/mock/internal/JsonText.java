package io.ocrkit.mock.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Writes the plain JSON values the mock answers with (maps, lists, strings, booleans, integral and
 * finite floating-point numbers, null) as JSON-B does, character for character, without JSON-B's
 * per-value serializer lookups: every answer of the emulated service passes through here. A value
 * of any other type makes {@link #write} answer null, and the caller hands it to JSON-B whole.
 */
final class JsonText {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonText() {}

  /** The JSON text, or null when the value holds something this writer leaves to JSON-B. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder(256);
    return append(out, value) ? out.toString() : null;
  }

  private static boolean append(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(out, s);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
        || value instanceof Short || value instanceof Byte || value instanceof BigInteger || value instanceof BigDecimal) {
      out.append(value);
    } else if (value instanceof Double d) {
      if (!Double.isFinite(d)) {
        return false;
      }
      out.append(d.doubleValue());
    } else if (value instanceof Float f) {
      if (!Float.isFinite(f)) {
        return false;
      }
      out.append(f.floatValue());
    } else if (value instanceof Map<?, ?> map) {
      return object(out, map);
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        if (!append(out, list.get(i))) {
          return false;
        }
      }
      out.append(']');
    } else {
      return false;
    }
    return true;
  }

  private static boolean object(StringBuilder out, Map<?, ?> map) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!(e.getKey() instanceof String key)) {
        return false; // JSON-B's own rules for other key types
      }
      if (!first) {
        out.append(',');
      }
      first = false;
      string(out, key);
      out.append(':');
      if (!append(out, e.getValue())) {
        return false;
      }
    }
    out.append('}');
    return true;
  }

  /** Quoted, escaping what JSON must: the quote, the backslash and the control characters. */
  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
