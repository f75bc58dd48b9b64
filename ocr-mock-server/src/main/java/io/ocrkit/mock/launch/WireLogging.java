package io.ocrkit.mock.launch;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps the runnable mock's wire-level loggers at INFO or quieter for slf4j-simple (the mock jar and
 * the {@code ocr} command, which embeds a mock for {@code --mock}). At debug and
 * trace Jetty's HTTP parser logs every raw header line, the secret key and the Symmetric-Key
 * included; a user who turns the default level up to see the mock's own output must not get those.
 * It overrides even a more verbose setting the user gave for these categories, on purpose.
 */
public final class WireLogging {

  private static final String PREFIX = "org.slf4j.simpleLogger.log.";
  private static final String DEFAULT = "org.slf4j.simpleLogger.defaultLogLevel";
  private static final List<String> WIRE = List.of("org.eclipse.jetty", "io.javalin");
  private static final Set<String> TOO_VERBOSE = Set.of("trace", "debug", "all");

  private WireLogging() {}

  /** Must run before the first logger is created: slf4j-simple reads a logger's level once. */
  public static void clamp() {
    String fallback = System.getProperty(DEFAULT, "info");
    for (String category : WIRE) {
      String own = System.getProperty(PREFIX + category);
      if (verbose(own != null ? own : fallback)) {
        System.setProperty(PREFIX + category, "info");
      }
    }
    // A more specific category (org.eclipse.jetty.http=debug) would win over the clamp above.
    for (String name : System.getProperties().stringPropertyNames()) {
      boolean wire = WIRE.stream().anyMatch(c -> name.startsWith(PREFIX + c + "."));
      if (wire && verbose(System.getProperty(name))) {
        System.setProperty(name, "info");
      }
    }
  }

  private static boolean verbose(String level) {
    return level != null && TOO_VERBOSE.contains(level.strip().toLowerCase(Locale.ROOT));
  }
}
