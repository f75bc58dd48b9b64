package io.ocrkit.mock;

import io.ocrkit.core.model.KeyService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link MockOcrServer} for JUnit 5 tests, on a free port, reset to a fresh state before each
 * test and stopped after the test class.
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
public final class MockOcrExtension implements BeforeEachCallback {

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

  @Override
  @SuppressWarnings("deprecation") // CloseableResource: still the portable way across JUnit 5 releases
  public void beforeEach(ExtensionContext context) {
    if (server == null) {
      MockOcrServer.Builder builder = MockOcrServer.builder();
      customizer.accept(builder);
      server = builder.port(0).build().start();
      MockOcrServer started = server;
      // Stopped with the class's context (or the test's, for an instance field).
      ExtensionContext owner = context.getParent().orElse(context);
      owner.getStore(NAMESPACE).put(this, (ExtensionContext.Store.CloseableResource) () -> {
        started.close();
        server = null;
      });
    } else {
      server.reset();
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
