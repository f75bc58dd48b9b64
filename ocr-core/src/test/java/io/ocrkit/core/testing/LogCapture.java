package io.ocrkit.core.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures java.util.logging (where {@code System.Logger} goes by default) at its finest level,
 * for tests that check what reaches a log. Register it on a field:
 * {@code @RegisterExtension final LogCapture log = LogCapture.of("io.ocrkit");}. Before each test
 * it sets the named loggers to {@link Level#ALL} and adds its handler; after, it restores them.
 * Thread-safe: records may come from any thread.
 */
public final class LogCapture implements BeforeEachCallback, AfterEachCallback {

  // Strong references: java.util.logging holds its loggers weakly, and a collected logger drops its level.
  private final List<Logger> loggers;
  private final List<Level> previous = new ArrayList<>();
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      lines.add(line(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  private LogCapture(List<Logger> loggers) {
    this.loggers = loggers;
    handler.setLevel(Level.ALL);
  }

  /** Captures the loggers of these names and their children. */
  public static LogCapture of(String... loggerNames) {
    return new LogCapture(Arrays.stream(loggerNames).map(Logger::getLogger).toList());
  }

  /**
   * One line per record: the logger's name, the message (its pattern, unformatted), each
   * parameter, then every throwable of the chain with its suppressed ones, so that a search for a
   * value finds it wherever the record carried it.
   */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    for (Logger logger : loggers) {
      previous.add(logger.getLevel());
      logger.setLevel(Level.ALL);
      logger.addHandler(handler);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    for (int i = 0; i < loggers.size(); i++) {
      loggers.get(i).removeHandler(handler);
      loggers.get(i).setLevel(previous.get(i));
    }
    previous.clear();
  }

  static String line(LogRecord record) {
    StringBuilder line = new StringBuilder(String.valueOf(record.getLoggerName())).append(": ")
        .append(record.getMessage());
    if (record.getParameters() != null) {
      for (Object p : record.getParameters()) {
        line.append(' ').append(p);
      }
    }
    for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
      line.append(' ').append(t);
      for (Throwable s : t.getSuppressed()) {
        line.append(" suppressed ").append(s);
      }
    }
    return line.toString();
  }
}
