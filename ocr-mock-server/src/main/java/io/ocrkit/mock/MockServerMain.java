package io.ocrkit.mock;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar ocr-mock-server.jar [--host H] [--port P] [--app-key K --secret-key S]
 * [--request-key-ttl SECONDS] [--max-upload BYTES]}. Prints {@code listening on http://HOST:PORT}
 * once ready and stops cleanly on SIGTERM. Without credentials it makes demo ones and prints them:
 * they are throwaway values for a local mock, which is why printing them is acceptable here.
 */
public final class MockServerMain {

  private MockServerMain() {}

  public static void main(String[] args) throws InterruptedException {
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    MockOcrServer.Builder builder = MockOcrServer.builder();
    boolean credentialsGiven;
    try {
      credentialsGiven = parse(args, builder);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    MockOcrServer server = builder.build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "ocr-mock-shutdown"));
    server.start();
    if (!credentialsGiven) {
      System.out.println("demo credentials: app key " + server.appKey() + ", secret key " + server.secretKey());
      System.out.println("v2.1 user access key id " + server.userAccessKeyId()
          + ", secret access key " + server.secretAccessKey());
    }
    System.out.println("listening on http://" + server.host() + ":" + server.port());
    System.out.flush();
    stopped.await();
  }

  /** Applies the arguments; true when both the app key and the secret key were given. */
  static boolean parse(String[] args, MockOcrServer.Builder builder) {
    boolean appKey = false;
    boolean secret = false;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if ("--help".equals(flag) || "-h".equals(flag)) {
        System.out.println(usage());
        System.exit(0);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      String value = args[++i];
      switch (flag) {
        case "--host" -> builder.host(value);
        case "--port" -> builder.port(number(flag, value));
        case "--app-key" -> {
          builder.appKey(value);
          appKey = true;
        }
        case "--secret-key" -> {
          builder.secretKey(value);
          secret = true;
        }
        case "--user-access-key-id" -> builder.userAccessKeyId(value);
        case "--secret-access-key" -> builder.secretAccessKey(value);
        case "--request-key-ttl" -> builder.requestKeyTtl(Duration.ofSeconds(number(flag, value)));
        case "--max-upload" -> builder.maxUploadBytes(number(flag, value));
        case "--rate-limit" -> builder.rateLimit(number(flag, value));
        default -> throw new IllegalArgumentException("unknown option " + flag);
      }
    }
    if (appKey != secret) {
      throw new IllegalArgumentException("--app-key and --secret-key go together");
    }
    return appKey;
  }

  private static int number(String flag, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " must be a whole number");
    }
  }

  static String usage() {
    return "usage: java -jar ocr-mock-server.jar [--host 127.0.0.1] [--port 8080|0] [--app-key K --secret-key S]\n"
        + "       [--user-access-key-id ID --secret-access-key S] [--request-key-ttl SECONDS]\n"
        + "       [--max-upload BYTES] [--rate-limit CALLS_PER_SECOND]";
  }
}
