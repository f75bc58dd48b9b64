package io.ocrkit.core.model;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/** Formats the protocol fixes for request fields. */
final class Formats {
  static final Pattern DIGITS = Pattern.compile("\\d+");
  static final Pattern SERIAL = Pattern.compile("[0-9A-Za-z]{5,6}");
  static final Pattern PASSPORT_NUMBER = Pattern.compile("[A-Z0-9]{9}");
  /** {@code YYYYMMDD}, strictly: 20230230 is refused, not rolled over. */
  static final DateTimeFormatter YYYYMMDD =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  private Formats() {}
}
