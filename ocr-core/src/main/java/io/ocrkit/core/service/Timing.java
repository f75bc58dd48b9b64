package io.ocrkit.core.service;

import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * Where the calls' time and jitter come from: a nanosecond ticker for deadlines and the rate
 * limit, a delay for waits, a random source for backoff. The system's in production; a test's
 * own, so retries and deadlines are exact and take no time.
 */
record Timing(LongSupplier ticker, Delay delay, RandomGenerator random) {

  Timing {
    Objects.requireNonNull(ticker, "ticker == null");
    Objects.requireNonNull(delay, "delay == null");
    Objects.requireNonNull(random, "random == null");
  }

  static Timing system() {
    // Each draw asks the calling thread's generator, as ThreadLocalRandom wants to be used.
    RandomGenerator perThread = () -> ThreadLocalRandom.current().nextLong();
    return new Timing(System::nanoTime, Delay.SYSTEM, perThread);
  }
}
