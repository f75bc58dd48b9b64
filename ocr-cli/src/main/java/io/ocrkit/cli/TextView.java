package io.ocrkit.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The human-readable form of a {@link ResultView} map: one line a field, boxes left out, no control characters. */
final class TextView {

  private TextView() {}

  static String render(String title, Map<String, Object> result) {
    StringBuilder out = new StringBuilder(TerminalText.safe(title)).append('\n');
    for (Map.Entry<String, Object> e : result.entrySet()) {
      String key = e.getKey();
      Object value = e.getValue();
      if (key.endsWith("Box") || key.endsWith("Boxes") || key.equals("boxes")) {
        continue;
      }
      switch (key) {
        case "cardNums" -> line(out, key, groups((List<?>) value));
        case "keyValues" -> {
          for (Object o : (List<?>) value) {
            Map<?, ?> kv = (Map<?, ?>) o;
            line(out, String.valueOf(kv.get("key")), kv.get("value") + conf(kv.get("conf")));
          }
        }
        case "findings" -> {
          if (((List<?>) value).isEmpty()) {
            line(out, "findings", "none");
          }
          for (Object o : (List<?>) value) {
            Map<?, ?> f = (Map<?, ?>) o;
            line(out, "finding", f.get("severity") + " " + f.get("code") + " (" + f.get("field") + "): " + f.get("message"));
          }
        }
        default -> {
          if (value instanceof Map<?, ?> m && m.containsKey("value")) {
            line(out, key, m.get("value") + conf(m.get("conf")));
          } else {
            line(out, key, String.valueOf(value));
          }
        }
      }
    }
    if (result.containsKey("fileType") && !result.containsKey("findings")) {
      line(out, "findings", "none");
    }
    return out.toString();
  }

  private static String groups(List<?> groups) {
    StringBuilder s = new StringBuilder();
    for (Object o : groups) {
      Map<?, ?> g = (Map<?, ?>) o;
      if (s.length() > 0) {
        s.append("  ");
      }
      s.append(g.get("value")).append(conf(g.get("conf")));
    }
    return s.toString();
  }

  private static String conf(Object conf) {
    return conf instanceof Double d ? String.format(Locale.ROOT, " (conf %.2f)", d) : "";
  }

  /** Every key and value may come from the network: each is made safe for a terminal here. */
  private static void line(StringBuilder out, String key, String value) {
    out.append(String.format(Locale.ROOT, "  %-22s %s%n", TerminalText.safe(key), TerminalText.safe(value)));
  }
}
