package io.ocrkit.mock;

import io.ocrkit.core.protocol.KeyService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link MockOcrServer} for JUnit 5 tests, on a free port, reset to a fresh state before each
 * test. In a static field it starts before the class and stops after it; in an instance field it
 * runs for one test.
 *
 * <pre>{@code
 * @RegisterExtension static MockOcrExtension mock = new MockOcrExtension();
 *
 * @Test void readsACard() {
 *   mock.registerFixture("credit-card", png, "{...}", true);
 *   ... mock.server().baseUrl(), mock.server().appKey(), mock.server().secretKey() ...
 * }
 * }</pre>
 */
public final class MockOcrExtension implements BeforeAllCallback, BeforeEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MockOcrExtension.class);

  private final Consumer<MockOcrServer.Builder> customizer;
  private volatile MockOcrServer server;

  public MockOcrExtension() {
    this(builder -> { });
  }

  /** With settings of your own; the port is always a free one. */
  public MockOcrExtension(Consumer<MockOcrServer.Builder> customizer) {
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

  private synchronized boolean startIfNeeded(ExtensionContext context) {
    if (server != null) {
      return false;
    }
    MockOcrServer.Builder builder = MockOcrServer.builder();
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

  /** The running server: {@code baseUrl()}, {@code appKey()}, {@code secretKey()}. */
  public MockOcrServer server() {
    if (server == null) {
      throw new IllegalStateException("the mock starts before the first test");
    }
    return server;
  }

  /** Registers what this plaintext image "contains": a result object with plain values. */
  public void registerFixture(String service, byte[] plaintextImage, String resultJson, boolean authentic) {
    server().registerFixture(service, plaintextImage, resultJson, authentic);
  }

  public void injectFault(Fault fault) {
    server().injectFault(fault);
  }

  /** The next {@code times} calls of {@code endpoint} answer {@code resultCode}. */
  public void injectFault(String endpoint, int times, int resultCode) {
    server().injectFault(Fault.resultCode(endpoint, times, resultCode));
  }

  public void advanceClock(Duration by) {
    server().advanceClock(by);
  }

  public String rotateKey(String service, boolean retirePrevious) {
    for (KeyService s : KeyService.values()) {
      if (s.wireName().equals(service)) {
        return server().rotateKey(s, retirePrevious);
      }
    }
    throw new IllegalArgumentException("'service' must be credit-card or id-card");
  }

  public List<Map<String, Object>> requests() {
    return server().requests();
  }
}
