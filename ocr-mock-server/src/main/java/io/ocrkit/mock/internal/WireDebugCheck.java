package io.ocrkit.mock.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mock inside a user's program logs through the user's backend, which the mock must not
 * reconfigure; what it can do is say so when that backend would write Jetty's raw header lines
 * (the secret key, the Symmetric-Key) and how to stop it.
 */
public final class WireDebugCheck {

  private static final List<String> WIRE_CATEGORIES = List.of("org.eclipse.jetty.http.HttpParser",
      "org.eclipse.jetty.server.internal.HttpConnection", "org.eclipse.jetty.server.Request",
      "org.eclipse.jetty.io.AbstractConnection");

  private WireDebugCheck() {}

  /** One WARN line through the mock's own logger when any wire-level category logs at debug. */
  public static void warnIfWireDebug() {
    if (WIRE_CATEGORIES.stream().anyMatch(c -> LoggerFactory.getLogger(c).isDebugEnabled())) {
      Logger log = LoggerFactory.getLogger("io.ocrkit.mock");
      log.warn("Jetty's wire-level debug logging is on: it prints request headers, the secret key and the"
          + " Symmetric-Key included. Set the org.eclipse.jetty logger to INFO or quieter to turn it off.");
    }
  }
}
