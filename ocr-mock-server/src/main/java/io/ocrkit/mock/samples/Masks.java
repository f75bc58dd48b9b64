package io.ocrkit.mock.samples;

/** Masking for the samples' {@code toString}: fake data still looks real in a log. */
final class Masks {

  private Masks() {
  }

  /** Every letter and digit replaced by {@code *}, separators kept so the shape stays visible. */
  static String all(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value.codePoints().forEach(c -> out.append(Character.isLetterOrDigit(c) ? '*' : (char) c));
    return out.toString();
  }
}
