package io.ocrkit.spring.boot.mock;

import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.spring.boot.InvalidOcrPropertyException;
import io.ocrkit.spring.boot.MockConnection;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * {@code ocrkit.mock.enabled=true}: an embedded mock of the service on a free loopback port, the
 * client pointed at it with the mock's own credentials. For local development and tests
 * ({@code @AutoConfigureMockOcr}); never under a {@code prod} profile. The server is the context's
 * {@code MockAdmin} bean, and stops with the context.
 */
@AutoConfiguration
@ConditionalOnClass(MockOcrServer.class)
@ConditionalOnProperty(prefix = "ocrkit", name = "mock.enabled", havingValue = "true")
public class EmbeddedMockOcrAutoConfiguration {

  private static final Log LOG = LogFactory.getLog(EmbeddedMockOcrAutoConfiguration.class);

  /**
   * A mock on a free loopback port with random credentials, stopped with the context.
   *
   * @param environment the application's environment, to refuse a {@code prod} profile
   * @return the started mock
   * @throws InvalidOcrPropertyException if a {@code prod} profile is active
   */
  @Bean(destroyMethod = "close")
  public MockOcrServer ocrkitMockServer(Environment environment) {
    if (environment.acceptsProfiles(Profiles.of("prod"))) {
      throw new InvalidOcrPropertyException("ocrkit.mock.enabled",
          "false while a 'prod' profile is active (the embedded mock would answer instead of the service)");
    }
    MockOcrServer server = MockOcrServer.builder().build().start();
    LOG.warn("ocrkit.mock.enabled=true: the OcrClient calls an embedded mock OCR service at "
        + server.baseUrl() + ", not the real service");
    return server;
  }

  /**
   * What the client uses instead of the service properties.
   *
   * @param server the embedded mock
   * @return its address and credentials
   */
  @Bean
  public MockConnection ocrkitMockConnection(MockOcrServer server) {
    return new MockConnection(server.baseUrl(), server.appKey(), server.secretKey());
  }
}
