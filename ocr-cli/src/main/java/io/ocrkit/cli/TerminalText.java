package io.ocrkit.cli;

import java.util.Locale;

/**
 * Text from the network made harmless for a terminal: a key name or value could otherwise carry an
 * escape sequence that clears the screen, moves the cursor, retitles the window or forges a line.
 * Every C0 control, DEL and C1 control is written as a visible escape instead.
 */
final class TerminalText {

  private TerminalText() {}

  static String safe(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isControl(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\u001b' -> out.append("\\e");
        default -> out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
      }
    }
    return out == null ? text : out.toString();
  }

  /** C0 (U+0000..U+001F), DEL (U+007F) and C1 (U+0080..U+009F). */
  static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  }
}
