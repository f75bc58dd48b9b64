package io.ocrkit.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;
import java.util.random.RandomGenerator;

/**
 * A random source whose bounded draws a test chooses, and which records the bounds it was asked
 * for: jittered waits become exact. Thread-safe.
 */
public final class FixedRandom implements RandomGenerator {

  private final LongUnaryOperator pick;
  private final List<Long> bounds = new ArrayList<>();

  private FixedRandom(LongUnaryOperator pick) {
    this.pick = pick;
  }

  /** Every bounded draw gives the largest value allowed ({@code bound - 1}). */
  public static FixedRandom highest() {
    return new FixedRandom(bound -> bound - 1);
  }

  /** Every bounded draw gives 0. */
  public static FixedRandom lowest() {
    return new FixedRandom(bound -> 0);
  }

  /** Every bounded draw gives {@code pick} of its bound, which must lie in {@code [0, bound)}. */
  public static FixedRandom picking(LongUnaryOperator pick) {
    return new FixedRandom(pick);
  }

  @Override
  public synchronized long nextLong(long bound) {
    bounds.add(bound);
    long value = pick.applyAsLong(bound);
    if (value < 0 || value >= bound) {
      throw new AssertionError("the test picked " + value + " outside [0, " + bound + ")");
    }
    return value;
  }

  @Override
  public long nextLong() {
    throw new UnsupportedOperationException("only bounded draws are scripted");
  }

  /** The bounds asked for so far, in order. */
  public synchronized List<Long> bounds() {
    return List.copyOf(bounds);
  }
}
