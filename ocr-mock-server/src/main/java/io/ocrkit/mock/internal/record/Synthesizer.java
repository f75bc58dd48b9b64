package io.ocrkit.mock.internal.record;

import io.ocrkit.core.protocol.KeyService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Replaces every personal value of a plain OCR {@code result} with a synthetic one of the same
 * shape that the SDK's validator judges exactly as it judged the original, so that recordings of
 * the real service can be committed.
 *
 * <p>What is kept: confidences, boxes and every other number; {@code fileType}, {@code resolution},
 * {@code idType} and the keys of key-values; a card's {@code MM/YY} expiry; a licence's types and
 * condition; a passport's type, country, nationality and sex. What replaces the rest: card numbers
 * of the same network, length and Luhn result (only the first digit is kept); resident numbers with
 * the same century and sex digit and check-digit result; licence numbers with the same region (the
 * year of first issue moved with the issue dates); names and issuers from the sample kit
 * ({@link io.ocrkit.mock.samples.SampleData}); dates moved by one to four years (one shift for the
 * document's birth dates, one for its issue dates, one for its expiries), their day turned and their
 * month kept; a passport zone written again from the substituted printed fields, each check digit
 * right or wrong as it was; for anything else, a placeholder that keeps each character's class
 * (digit, letter and case, Hangul, separator). No replaced value, nor a run of four of its digits,
 * is left in the result.
 *
 * <p>The same findings: for a validator whose clock reads the same day as {@code clock}, the
 * findings of the substitute equal those of the original, code for code and field for field, for
 * every check of {@link io.ocrkit.core.validation.StandardValidator} (confidences are kept, so its
 * low-confidence warnings are too). A past date moves backwards when it can, so it stays past for
 * every later clock; a future date (an expiry) may pass up to four years before or after the
 * original would.
 *
 * <p>Deterministic, and why that is safe: the draws come from a SHA-256 digest of the whole input,
 * so recording the same answer twice on the same day gives the same file (stable diffs), and the
 * digest cannot be run backwards. The substitute keeps of a card number its first digit, network
 * and length; of a birth date its century and month and, to within four years, its year; of a
 * name nothing but its length. Someone who already knows every value of a document could confirm
 * it by recomputing the substitute, but nobody can derive a value from a recording.
 */
public final class Synthesizer {

  /**
   * Most inputs take one attempt; of 2,040 test inputs the hardest took 34, since forward shifts
   * are only drawn from the ninth on. So many failures in a row mean the input cannot be kept.
   */
  private static final int ATTEMPTS = 128;

  private Synthesizer() {}

  /** {@link #substitute(KeyService, Map, Clock)} against the system clock and time zone. */
  public static Map<String, Object> substitute(KeyService service, Map<String, Object> plainResult) {
    return substitute(service, plainResult, Clock.systemDefaultZone());
  }

  /**
   * A deep copy of {@code plainResult} (maps, lists, strings, numbers, booleans, as parsed JSON)
   * with every personal value replaced; {@code plainResult} is not changed.
   *
   * @throws IllegalStateException if no substitute keeps every check (a date at the very start of a
   *     century next to one at its very end, say); the message names no value
   */
  public static Map<String, Object> substitute(KeyService service, Map<String, Object> plainResult, Clock clock) {
    Objects.requireNonNull(service, "service == null");
    Objects.requireNonNull(plainResult, "plainResult == null");
    LocalDate today = LocalDate.now(Objects.requireNonNull(clock, "clock == null"));
    byte[] digest = Draws.digest(service.wireName() + canonical(plainResult));
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Map<String, Object>> out = Attempt.run(service, plainResult, Draws.of(digest, attempt), attempt, today);
      if (out.isPresent()) {
        return out.get();
      }
    }
    throw new IllegalStateException("no synthetic substitute keeps every check of this " + service.wireName() + " result");
  }

  /** The input as text with members sorted, since a map's own order may differ between runs. */
  private static String canonical(Object node) {
    if (node instanceof Map<?, ?> map) {
      StringBuilder out = new StringBuilder("{");
      sorted(map).forEach((k, v) -> out.append(quote(k)).append(':').append(canonical(v)).append(','));
      return out.append('}').toString();
    }
    if (node instanceof List<?> list) {
      StringBuilder out = new StringBuilder("[");
      list.forEach(v -> out.append(canonical(v)).append(','));
      return out.append(']').toString();
    }
    return node instanceof String s ? quote(s) : String.valueOf(node);
  }

  private static Map<String, Object> sorted(Map<?, ?> map) {
    Map<String, Object> out = new TreeMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
