package io.ocrkit.mock;

import io.ocrkit.mock.internal.MockClock;
import io.ocrkit.mock.internal.MockState;
import io.ocrkit.mock.internal.StateAdmin;
import java.net.URI;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A stateful stand-in for the Document OCR service on Javalin: the protocol's paths (v2.0 and
 * v2.1), the digital envelope (server side, the JDK's crypto or BouncyCastle), every result code from the input that
 * causes it, and an admin API under {@code /mock/v1} for loopback callers. It is its own
 * {@link MockAdmin}.
 *
 * <pre>{@code
 * try (MockOcrServer mock = MockOcrServer.builder().port(0).build().start()) {
 *   URI base = mock.baseUrl(); // point the SDK here, with mock.appKey() and mock.secretKey()
 * }
 * }</pre>
 *
 * <p>Recording: with {@link MockOcrServerBuilder#recordFrom} and {@link MockOcrServerBuilder#recordTo} it forwards every scan
 * to another service and writes what that one read, one file per image; {@link MockOcrServerBuilder#fixtures}
 * loads such files at start and answers them as registered fixtures (docs/recording-format.md).
 *
 * <p>Thread-safe. {@link #close()} stops the server and may be called more than once. Nothing
 * secret is logged: not the secret key, not a symmetric key, not a plaintext number, not the
 * upstream's credentials.
 */
public final class MockOcrServer extends DelegatingAdmin implements AutoCloseable {

  private final MockOcrConfig config;
  private final MockState state;
  private final MockAdmin admin;
  private Running running;
  private volatile int boundPort = -1;
  private volatile boolean closed;

  MockOcrServer(MockOcrConfig config) {
    this.config = config;
    Map<String, String> credentials = new LinkedHashMap<>(config.extraCredentials());
    credentials.put(config.appKey(), config.secretKey());
    this.state = new MockState(new MockState.Config(credentials, config.userAccessKeyId(), config.secretAccessKey(),
        config.requestKeyTtl(), config.tokenTtl(), config.maxUploadBytes(), config.rateLimit(),
        config.journalCapacity(), config.tokenExpiresInAsString()), new MockClock(config.clock()), new SecureRandom());
    this.admin = new StateAdmin(state, config.appKey());
  }

  /** {@return a builder with every default: loopback, a free port, random credentials} */
  public static MockOcrServerBuilder builder() {
    return new MockOcrServerBuilder();
  }

  /**
   * Starts listening.
   *
   * @return this server
   * @throws IllegalStateException if it was already started
   */
  public synchronized MockOcrServer start() {
    if (running != null) {
      throw new IllegalStateException("already started");
    }
    running = Running.start(config, state, admin);
    boundPort = running.port();
    return this;
  }

  /** {@return the settings it was built with} */
  public MockOcrConfig config() {
    return config;
  }

  /**
   * {@return {@code http://host:port}, the base URL to give the SDK}
   *
   * @throws IllegalStateException if the server was never started
   */
  public URI baseUrl() {
    return URI.create("http://" + Settings.hostForUrl(config.host()) + ":" + port());
  }

  /**
   * {@return the port it listens on (or listened on, once closed)}
   *
   * @throws IllegalStateException if the server was never started
   */
  public int port() {
    if (boundPort < 0) {
      throw new IllegalStateException("not started");
    }
    return boundPort;
  }

  /** {@return the address it binds, as configured} */
  public String host() {
    return config.host();
  }

  /** {@return the app key it accepts, to put in the SDK's builder} */
  public String appKey() {
    return config.appKey();
  }

  /** {@return the v2.0 secret key; for the test or the person who started the mock, never logged} */
  public String secretKey() {
    return config.secretKey();
  }

  /** {@return the v2.1 User Access Key ID it accepts} */
  public String userAccessKeyId() {
    return config.userAccessKeyId();
  }

  /** {@return the v2.1 secret access key; never logged} */
  public String secretAccessKey() {
    return config.secretAccessKey();
  }

  /** {@return the largest image part it accepts, in bytes} */
  public long maxUploadBytes() {
    return config.maxUploadBytes();
  }

  /** {@return while recording, how many answers were forwarded and recorded, by operation and code} */
  public Optional<String> recordingSummary() {
    Running r = running;
    return r == null ? Optional.empty() : r.recordingSummary();
  }

  @Override
  MockAdmin admin() {
    return admin;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (running != null) {
      running.stop();
    }
    state.close();
  }

  @Override
  public String toString() {
    return "MockOcrServer[" + (boundPort < 0 ? "not started" : baseUrl()) + ", appKey=" + config.appKey() + "]";
  }
}
