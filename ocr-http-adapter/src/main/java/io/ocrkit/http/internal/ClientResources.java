package io.ocrkit.http.internal;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP client and the executor a client runs on, and which of them it owns. Only what it
 * made itself is released on {@link #close()}: a client or executor given by the caller, or shared
 * from another client, is left alone.
 */
public final class ClientResources implements AutoCloseable {

  private final HttpClient http;
  private final Executor executor;
  private final ExecutorService ownedExecutor;

  private ClientResources(HttpClient http, Executor executor, ExecutorService ownedExecutor) {
    this.http = http;
    this.executor = executor;
    this.ownedExecutor = ownedExecutor;
  }

  /**
   * @param http the client to use, or null to make one
   * @param executor where futures complete, or null to make a small pool of daemon threads: no
   *     task waits on the network, so a few threads serve any number of calls
   * @param connectTimeout for an HTTP client made here
   */
  public static ClientResources open(HttpClient http, Executor executor, Duration connectTimeout) {
    HttpClient client = http != null ? http : HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        // The JDK's default is a cached pool, one more thread per answer arriving at once; these
        // threads only move bytes and read answers, so a few serve any number of calls.
        .executor(smallPool("ocrkit-http-"))
        // A redirect would carry the request's keys to wherever it points.
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    ExecutorService owned = executor == null ? smallPool("ocrkit-client-") : null;
    return new ClientResources(client, executor != null ? executor : owned, owned);
  }

  public HttpClient http() {
    return http;
  }

  public Executor executor() {
    return executor;
  }

  /**
   * Stops the executor made here. An HTTP client made here is let go of rather than closed:
   * {@code HttpClient.close()} is Java 21, and an idle client's threads end on their own.
   */
  @Override
  public void close() {
    if (ownedExecutor != null) {
      ownedExecutor.shutdown();
    }
  }

  /** As many threads as cores (at least 2), each ending after a minute idle. */
  private static ExecutorService smallPool(String name) {
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), daemonThreads(name));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private static ThreadFactory daemonThreads(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
