package io.ocrkit.mock.samples;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;

/**
 * Korean text on machines without a Korean font: a plain Revised-Romanisation transliteration
 * (syllable by syllable, without the sound-change rules) for labels, and the 견본 ("sample") mark
 * drawn as strokes, so that mark is on every image whatever fonts are installed.
 */
final class Hangul {

  private static final String[] INITIALS = {
      "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
  private static final String[] VOWELS = {
      "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
      "wi", "yu", "eu", "ui", "i"};
  private static final String[] FINALS = {
      "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
      "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

  /** Strokes of 견 and 본 in a unit square per syllable: polylines of (x, y) pairs. */
  private static final double[][][] GYEON_BON = {
      // 견: ㄱ, ㅕ (stem and two bars), ㄴ
      {{0.08, 0.14, 0.46, 0.14, 0.46, 0.52}},
      {{0.76, 0.04, 0.76, 0.60}, {0.56, 0.22, 0.76, 0.22}, {0.56, 0.40, 0.76, 0.40}},
      {{0.22, 0.66, 0.22, 0.92, 0.90, 0.92}},
      // 본: ㅂ, ㅗ, ㄴ
      {{0.30, 0.04, 0.30, 0.36, 0.70, 0.36, 0.70, 0.04}, {0.30, 0.20, 0.70, 0.20}},
      {{0.50, 0.36, 0.50, 0.52}, {0.08, 0.52, 0.92, 0.52}},
      {{0.22, 0.64, 0.22, 0.92, 0.90, 0.92}}};

  private Hangul() {
  }

  /** {@code text} with every precomposed Hangul syllable transliterated; other characters kept. */
  static String romanize(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0xAC00 && c <= 0xD7A3) {
        int index = c - 0xAC00;
        out.append(INITIALS[index / (21 * 28)]).append(VOWELS[index / 28 % 21]).append(FINALS[index % 28]);
      } else {
        out.append(c);
      }
    }
    return out.toString().toUpperCase(java.util.Locale.ROOT);
  }

  /** Draws 견본 with its top-left corner at (x, y), each syllable {@code size} pixels square. */
  static void drawGyeonbon(Graphics2D g, double x, double y, double size) {
    BasicStroke previous = (BasicStroke) g.getStroke();
    g.setStroke(new BasicStroke((float) (size * 0.09), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int part = 0; part < GYEON_BON.length; part++) {
      double left = x + (part < 3 ? 0 : size * 1.1);
      for (double[] line : GYEON_BON[part]) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(left + line[0] * size, y + line[1] * size);
        for (int i = 2; i < line.length; i += 2) {
          path.lineTo(left + line[i] * size, y + line[i + 1] * size);
        }
        g.draw(path);
      }
    }
    g.setStroke(previous);
  }
}
