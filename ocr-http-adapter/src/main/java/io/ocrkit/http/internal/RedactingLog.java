package io.ocrkit.http.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The transport's log, through {@link System.Logger} ({@code io.ocrkit.http}): one line per
 * exchange at {@code DEBUG}, headers at {@code TRACE}. Header values are printed only for names on
 * an allowlist; every other value (authorization, keys, Request-Key, anything unknown) is shown as
 * {@code <redacted>}. Bodies are never logged.
 */
final class RedactingLog {

  /** Headers whose values carry nothing secret or personal. Lower case. */
  static final Set<String> PRINTABLE = Set.of(
      "content-type", "content-length", "x-key-version", "retry-after", "date", "server",
      "connection", "accept", "user-agent", "transfer-encoding", "x-request-id");

  private static final Logger LOG = System.getLogger("io.ocrkit.http");

  void sending(String method, String operation, Map<String, String> requestHeaders) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, method + " " + operation);
    }
    if (LOG.isLoggable(Level.TRACE)) {
      LOG.log(Level.TRACE, method + " " + operation + " request headers " + redact(requestHeaders));
    }
  }

  void answered(String operation, int status, Integer resultCode, Duration elapsed, HttpHeaders headers) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, operation + " answered HTTP " + status
          + (resultCode == null ? "" : ", resultCode " + resultCode) + " in " + elapsed.toMillis() + " ms");
    }
    if (LOG.isLoggable(Level.TRACE)) {
      Map<String, String> flat = headers.map().entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, e -> String.join(", ", e.getValue())));
      LOG.log(Level.TRACE, operation + " response headers " + redact(flat));
    }
  }

  void failed(String operation, RuntimeException error, Duration elapsed) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, operation + " failed after " + elapsed.toMillis() + " ms: " + error.getMessage());
    }
  }

  void listenerFailed(String hook, Object listener, RuntimeException e) {
    LOG.log(Level.WARNING, "the OcrEventListener " + listener.getClass().getName() + " threw from " + hook
        + " (" + e.getClass().getName() + "); the call goes on");
  }

  /** Header names in order, values only where {@link #PRINTABLE}. */
  static String redact(Map<String, String> headers) {
    Map<String, String> shown = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, value) ->
        shown.put(name, PRINTABLE.contains(name.toLowerCase(Locale.ROOT)) ? value : "<redacted>"));
    return shown.toString();
  }
}
