package io.ocrkit.mock;

import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A {@link MockOcrServer} for JUnit 5 tests, on a free port, reset to a fresh state before each
 * test. In a static field it starts before the class and stops after it; in an instance field it
 * runs for one test. It is the server's {@link MockAdmin}, and test methods may take the
 * {@link MockOcrServer} or its {@link MockAdmin} as parameters.
 *
 * <pre>{@code
 * @RegisterExtension static MockOcrExtension mock = new MockOcrExtension();
 *
 * @Test void readsACard(MockOcrServer server) {
 *   mock.registerFixture(KeyService.CREDIT_CARD, png, "{...}", true);
 *   ... server.baseUrl(), server.appKey(), server.secretKey() ...
 * }
 * }</pre>
 */
public final class MockOcrExtension extends DelegatingAdmin implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MockOcrExtension.class);

  private final Consumer<MockOcrServerBuilder> customizer;
  private volatile MockOcrServer server;

  /** A mock with every default: a free port, the JDK's crypto, the default credentials. */
  public MockOcrExtension() {
    this(builder -> { });
  }

  /**
   * A mock answering the recordings in {@code dir} (docs/recording-format.md); a reset keeps them.
   *
   * @param dir a directory of {@code <sha256>.json} recordings, read when the server starts
   * @return the extension, to register in a static field
   * @throws NullPointerException if {@code dir} is null
   */
  public static MockOcrExtension replaying(java.nio.file.Path dir) {
    Objects.requireNonNull(dir, "dir == null");
    return new MockOcrExtension(builder -> builder.fixtures(dir));
  }

  /**
   * With settings of your own; the port is always a free one.
   *
   * @param customizer changes the builder before the server is built
   * @throws NullPointerException if {@code customizer} is null
   */
  public MockOcrExtension(Consumer<MockOcrServerBuilder> customizer) {
    this.customizer = Objects.requireNonNull(customizer, "customizer == null");
  }

  /** A static field starts the server here, so tests may use it from field initializers. */
  @Override
  public void beforeAll(ExtensionContext context) {
    startIfNeeded(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!startIfNeeded(context)) {
      server.reset();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == MockOcrServer.class || type == MockAdmin.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return server();
  }

  private synchronized boolean startIfNeeded(ExtensionContext context) {
    if (server != null) {
      return false;
    }
    MockOcrServerBuilder builder = MockOcrServer.builder();
    customizer.accept(builder);
    MockOcrServer started = builder.port(0).build().start();
    server = started;
    // Stopped with the context that started it: the class's for a static field, else the test's.
    context.getStore(NAMESPACE).put(this, new Stopper(started));
    return true;
  }

  /** Closes the server with its context; both interfaces so any JUnit 5 release closes it once. */
  @SuppressWarnings("deprecation")
  private final class Stopper implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final MockOcrServer started;

    Stopper(MockOcrServer started) {
      this.started = started;
    }

    @Override
    public void close() {
      started.close();
      server = null;
    }
  }

  /**
   * The running server: {@code baseUrl()}, {@code appKey()}, {@code secretKey()}.
   *
   * @return the server, shared by the test class
   * @throws IllegalStateException if called before the extension started it
   */
  public MockOcrServer server() {
    MockOcrServer running = server;
    if (running == null) {
      throw new IllegalStateException("the mock starts before the first test");
    }
    return running;
  }

  @Override
  MockAdmin admin() {
    return server();
  }

  /**
   * The next {@code times} calls of {@code endpoint} answer {@code resultCode}.
   *
   * @param endpoint one of {@link Fault#ENDPOINTS}
   * @param times at least 1
   * @param resultCode e.g. {@code 5000503}
   * @throws IllegalArgumentException if the endpoint is unknown or {@code times} is below 1
   */
  public void injectFault(String endpoint, int times, int resultCode) {
    injectFault(Fault.resultCode(endpoint, times, resultCode));
  }
}
