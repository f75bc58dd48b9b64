package io.ocrkit.mock.internal.record;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Random;

/**
 * The random choices of one substitution attempt, drawn from a seed that is a SHA-256 digest of
 * the input: the same input and attempt give the same draws on every JVM ({@link Random}'s
 * algorithm is fixed by its specification). What the draws reveal is at most the 48-bit state of
 * that generator, which is a hash of the input, not the input.
 */
final class Draws {

  private static final int HANGUL_FIRST = 0xAC00;
  private static final int HANGUL_COUNT = 11172;
  private static final int CJK_FIRST = 0x4E00;
  private static final int CJK_COUNT = 0x5200;
  private static final String LATIN1_UPPER = "\u00c0\u00c1\u00c2\u00c4\u00c7\u00c9\u00ca\u00d1\u00d3\u00d6\u00da\u00dc";
  private static final String LATIN1_LOWER = "\u00e0\u00e1\u00e2\u00e4\u00e7\u00e9\u00ea\u00f1\u00f3\u00f6\u00fa\u00fc";

  private final Random random;

  private Draws(long seed) {
    this.random = new Random(seed);
  }

  /** The draws of attempt {@code attempt} for an input whose digest is {@code inputDigest}. */
  static Draws of(byte[] inputDigest, int attempt) {
    MessageDigest sha = sha256();
    sha.update(inputDigest);
    sha.update(ByteBuffer.allocate(4).putInt(attempt).array());
    return new Draws(ByteBuffer.wrap(sha.digest()).getLong());
  }

  static byte[] digest(String text) {
    return sha256().digest(text.getBytes(StandardCharsets.UTF_8));
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** A value in {@code [from, to]}. */
  int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  char digit() {
    return (char) ('0' + random.nextInt(10));
  }

  String digits(int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append(digit());
    }
    return out.toString();
  }

  <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /**
   * A string of {@code text}'s shape: each digit a random digit, each ASCII letter a random ASCII
   * letter of the same case, each Hangul syllable (and Hanja) a random one; everything else that is
   * no letter (spaces, dashes, dots, MRZ fillers) kept. Because every character keeps its class, a
   * pattern of the validators (digits, {@code [A-Z0-9<]}, separators) matches the placeholder
   * exactly when it matches the original, so a misread stays a misread.
   */
  String placeholder(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(placeholderOf(c)));
    return out.toString();
  }

  private int placeholderOf(int c) {
    if (c >= '0' && c <= '9') {
      return digit();
    }
    if (Character.isDigit(c)) {
      // Another script's digit stays one of that script: the validators' \d means ASCII only.
      return c - Character.digit(c, 10) + random.nextInt(10);
    }
    if (c >= 'A' && c <= 'Z') {
      return 'A' + random.nextInt(26);
    }
    if (c >= 'a' && c <= 'z') {
      return 'a' + random.nextInt(26);
    }
    if (inRange(c, HANGUL_FIRST, HANGUL_COUNT)) {
      return HANGUL_FIRST + random.nextInt(HANGUL_COUNT);
    }
    if (inRange(c, CJK_FIRST, CJK_COUNT)) {
      return CJK_FIRST + random.nextInt(CJK_COUNT);
    }
    if (Character.isLetter(c)) {
      // Any other letter becomes a non-ASCII Latin letter of its case, so [A-Z] matches neither.
      return Character.isLowerCase(c) ? LATIN1_LOWER.charAt(random.nextInt(LATIN1_LOWER.length()))
          : LATIN1_UPPER.charAt(random.nextInt(LATIN1_UPPER.length()));
    }
    return c;
  }

  private static boolean inRange(int c, int first, int count) {
    return c >= first && c < first + count;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
