package io.ocrkit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/** How far a batch is, on stderr: a bar for a person at a terminal, a plain line now and then for a log. */
interface BatchProgress extends AutoCloseable {

  void step();

  @Override
  void close();

  static BatchProgress on(PrintWriter err, Console console, int total, LongSupplier nanoTime) {
    return console.stderrIsTerminal() ? new ProgressLine(err, "scan", total, nanoTime)
        : new Periodic(err, total, nanoTime, Periodic.EVERY_NANOS);
  }

  /** A line every {@code everyNanos} at most, drawn when an item finishes; the last item's always. */
  final class Periodic implements BatchProgress {

    static final long EVERY_NANOS = 10_000_000_000L;

    private final PrintWriter err;
    private final int total;
    private final LongSupplier nanoTime;
    private final long everyNanos;
    private final long started;
    private long lastPrinted;
    private int done;

    Periodic(PrintWriter err, int total, LongSupplier nanoTime, long everyNanos) {
      this.err = err;
      this.total = total;
      this.nanoTime = nanoTime;
      this.everyNanos = everyNanos;
      this.started = nanoTime.getAsLong();
      this.lastPrinted = started;
    }

    @Override
    public void step() {
      done++;
      long now = nanoTime.getAsLong();
      if (now - lastPrinted >= everyNanos || done == total) {
        lastPrinted = now;
        err.println(String.format(Locale.ROOT, "scan: %d/%d", done, total)
            + ProgressLine.rateAndEta(done, total, now - started));
        err.flush();
      }
    }

    @Override
    public void close() {
      err.flush();
    }
  }
}
