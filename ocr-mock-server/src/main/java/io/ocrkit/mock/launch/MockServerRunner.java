package io.ocrkit.mock.launch;

import io.ocrkit.mock.MockOcrServer;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a mock in the foreground until the JVM is asked to stop (SIGTERM, Ctrl-C): prints
 * {@code listening on http://HOST:PORT} once ready, then where the dashboard is. Without given credentials it prints the demo
 * ones it made up: throwaway values for a local mock, which is why printing them is acceptable here.
 */
public final class MockServerRunner {

  private MockServerRunner() {}

  /**
   * Blocks until shutdown.
   *
   * @throws IllegalArgumentException for options that do not make a server
   */
  public static void run(MockServerOptions options, PrintStream out) throws InterruptedException {
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    WireLogging.clamp();
    MockOcrServer server = start(options, out, System.err);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      server.recordingSummary().ifPresent(out::println);
      out.flush();
      stopped.countDown();
    }, "ocr-mock-shutdown"));
    stopped.await();
  }

  /** Starts the server and says so: the exposure warning on {@code err}, then where it listens. */
  static MockOcrServer start(MockServerOptions options, PrintStream out, PrintStream err) {
    MockOcrServer server = options.toBuilder().build();
    ExposureWarning.text(server.host()).ifPresent(warning -> {
      err.println(warning);
      err.flush();
    });
    server.start();
    if (!options.credentialsGiven()) {
      out.println("demo credentials: app key " + server.appKey() + ", secret key " + server.secretKey());
      out.println("v2.1 user access key id " + server.userAccessKeyId()
          + ", secret access key " + server.secretAccessKey());
    }
    out.println("listening on http://" + server.host() + ":" + server.port());
    out.println(dashboardLine(server.host(), server.port()));
    recordingLine(server).ifPresent(out::println);
    out.flush();
    return server;
  }

  /** What a recording mock forwards where; the upstream's host and the directory, no credential. */
  public static java.util.Optional<String> recordingLine(MockOcrServer server) {
    return java.util.Optional.ofNullable(server.config().record()).map(r -> "recording " + r.from().getHost()
        + " (" + r.credentials().apiVersion() + ") into " + r.to()
        + (r.raw() ? " with REAL values (--record-raw)" : " with synthetic personal values"));
  }

  /**
   * Where the dashboard is, for the line after {@code listening on}: it answers loopback callers
   * only, so a wildcard bind is named by 127.0.0.1 and another interface gets a hint instead.
   */
  public static String dashboardLine(String host, int port) {
    String h = host.strip();
    if (h.equals("0.0.0.0") || h.equals("::") || h.equals("[::]")) {
      h = "127.0.0.1";
    }
    if (h.equals("127.0.0.1") || h.equalsIgnoreCase("localhost") || h.equals("[::1]")) {
      return "dashboard on http://" + h + ":" + port + "/mock/ui";
    }
    if (h.equals("::1")) {
      return "dashboard on http://[::1]:" + port + "/mock/ui";
    }
    return "dashboard: /mock/ui answers callers on this machine's loopback only; bind 127.0.0.1 to use it";
  }
}
