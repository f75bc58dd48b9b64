package io.ocrkit.mock.launch;

/**
 * Spares the runnable mock Jetty's one JMX query at start. Jetty sizes the padding of its queues by
 * whether the JVM compresses object references, and asks the platform MBean server for that unless
 * {@code org.eclipse.jetty.util.referencesPerCacheLine} is set: creating that server loads about 400
 * classes. The answer only tunes false sharing, never behaviour, so an estimate from the heap size
 * does as well. A value the user set is kept.
 */
public final class JettyMemoryProbe {

  static final String PROPERTY = "org.eclipse.jetty.util.referencesPerCacheLine";
  /** The JVM compresses references by default below this heap size. */
  private static final long COMPRESSED_OOPS_LIMIT = 32L << 30;
  private static final int CACHE_LINE_BYTES = 64;

  private JettyMemoryProbe() {}

  /** Must run before Jetty's first buffer pool or queue is made: Jetty reads the property once. */
  public static void skip() {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, String.valueOf(referencesPerCacheLine(Runtime.getRuntime().maxMemory())));
    }
  }

  static int referencesPerCacheLine(long maxHeapBytes) {
    return CACHE_LINE_BYTES / (maxHeapBytes < COMPRESSED_OOPS_LIMIT ? 4 : 8);
  }
}
