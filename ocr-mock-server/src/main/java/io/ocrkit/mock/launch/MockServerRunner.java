package io.ocrkit.mock.launch;

import io.ocrkit.mock.MockOcrServer;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a mock in the foreground until the JVM is asked to stop (SIGTERM, Ctrl-C): prints
 * {@code listening on http://HOST:PORT} once ready. Without given credentials it prints the demo
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
    out.flush();
    return server;
  }
}
