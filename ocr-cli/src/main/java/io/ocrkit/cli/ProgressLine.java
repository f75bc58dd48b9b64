package io.ocrkit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr that results never share a line with: the caller clears it
 * before printing and it redraws itself after, as pip and cargo do. It draws only when told, from
 * the caller's thread, so nothing can land between a clear and the result printed after it.
 */
final class ProgressLine implements AutoCloseable {

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
  void step() {
    done++;
    draw();
  }

  private void draw() {
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    long seconds = (nanoTime.getAsLong() - started) / 1_000_000_000L;
    err.print(CLEAR + String.format(Locale.ROOT, "%s %3d%% [%s%s] %d/%d (%d:%02d)", task,
        total == 0 ? 100 : done * 100 / total, "=".repeat(filled), " ".repeat(WIDTH - filled), done, total,
        seconds / 60, seconds % 60));
    err.flush();
  }

  /** Leaves the final bar on its own line. */
  @Override
  public void close() {
    err.println();
    err.flush();
  }
}
