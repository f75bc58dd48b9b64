package io.ocrkit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr that results never share a line with: the caller clears it
 * before printing and it redraws itself after, as pip and cargo do. It draws only when told, from
 * the caller's thread, so nothing can land between a clear and the result printed after it.
 */
final class ProgressLine implements BatchProgress {

  private static final int WIDTH = 30;
  /** Carriage return, then erase to the end of the line. */
  private static final String CLEAR = "\r\u001b[K";

  private final PrintWriter err;
  private final String task;
  private final int total;
  private final LongSupplier nanoTime;
  private final long started;
  private int done;

  ProgressLine(PrintWriter err, String task, int total, LongSupplier nanoTime) {
    this.err = err;
    this.task = task;
    this.total = total;
    this.nanoTime = nanoTime;
    this.started = nanoTime.getAsLong();
    draw();
  }

  /** Takes the bar off the screen; the cursor is left at the start of the empty line. */
  void clear() {
    err.print(CLEAR);
    err.flush();
  }

  /** One more item done; the bar comes back with it. */
  @Override
  public void step() {
    done++;
    draw();
  }

  private void draw() {
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    long elapsed = nanoTime.getAsLong() - started;
    long seconds = elapsed / 1_000_000_000L;
    err.print(CLEAR + String.format(Locale.ROOT, "%s %3d%% [%s%s] %d/%d (%d:%02d)%s", task,
        total == 0 ? 100 : done * 100 / total, "=".repeat(filled), " ".repeat(WIDTH - filled), done, total,
        seconds / 60, seconds % 60, rateAndEta(done, total, elapsed)));
    err.flush();
  }

  /** {@code " 12.5/s ETA 1:04"}, or nothing before the first item is done (no rate to tell). */
  static String rateAndEta(int done, int total, long elapsedNanos) {
    if (done == 0 || elapsedNanos <= 0) {
      return "";
    }
    double perSecond = done * 1e9 / elapsedNanos;
    long eta = Math.round((total - done) / perSecond);
    return String.format(Locale.ROOT, " %.1f/s ETA %d:%02d", perSecond, eta / 60, eta % 60);
  }

  /** Leaves the final bar on its own line. */
  @Override
  public void close() {
    err.println();
    err.flush();
  }
}
