package io.ocrkit.core.service;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits between attempts; tests pass one that moves their clock instead of sleeping. */
@FunctionalInterface
interface Sleeper {

  Sleeper SYSTEM = duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());

  void sleep(Duration duration) throws InterruptedException;
}
