package io.ocrkit.core.testing;

import java.time.LocalDate;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Seeded generators for property-style parameterized tests: each source draws its cases from its
 * own {@link Random} with a fixed seed, so every run sees the same cases and a failing case is
 * reproduced by running the test again (its display name shows the drawn values).
 */
public final class Generators {

  /** Cases per property, as many as a property-testing library tries by default. */
  public static final int CASES = 1000;

  public static final String DIGITS = "0123456789";
  public static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private Generators() {}

  /** {@link #CASES} argument sets, each drawn by {@code draw} from one {@link Random} seeded with {@code seed}. */
  public static Stream<Arguments> cases(long seed, Function<Random, Arguments> draw) {
    Random random = new Random(seed);
    return Stream.generate(() -> draw.apply(random)).limit(CASES);
  }

  /** A number in {@code [min, max]}, both ends included. */
  public static int between(Random random, int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  /** A day in {@code [from, to]}, both ends included. */
  public static LocalDate day(Random random, LocalDate from, LocalDate to) {
    long days = to.toEpochDay() - from.toEpochDay() + 1;
    return LocalDate.ofEpochDay(from.toEpochDay() + random.nextLong(days));
  }

  /** {@code length} characters, each drawn from {@code alphabet}. */
  public static String string(Random random, String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  /** {@code length} decimal digits. */
  public static String digits(Random random, int length) {
    return string(random, DIGITS, length);
  }

  /** One of {@code values}. */
  @SafeVarargs
  public static <T> T oneOf(Random random, T... values) {
    return values[random.nextInt(values.length)];
  }
}
