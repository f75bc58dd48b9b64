package io.ocrkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.http.OcrClient;
import io.ocrkit.http.OcrClientOptions.AuthMode;
import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.MockOcrServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The auto-configuration in a real application context, against the real mock. */
class OcrClientAutoConfigurationTest {

  @RegisterExtension static final MockOcrExtension MOCK = new MockOcrExtension();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(OcrClientAutoConfiguration.class));

  static String[] v20(MockOcrServer mock) {
    return new String[] {"ocrkit.app-key=" + mock.appKey(), "ocrkit.secret-key=" + mock.secretKey(),
        "ocrkit.base-url=" + mock.baseUrl()};
  }

  @Test
  void v20_properties_give_a_secret_key_client_that_reaches_the_service() {
    runner.withPropertyValues(v20(MOCK.server())).withPropertyValues("ocrkit.attempt-timeout=7s",
        "ocrkit.retry.max-attempts=4", "ocrkit.max-image-size=5MB", "ocrkit.crypto=bouncycastle").run(context -> {
          OcrClient client = context.getBean(OcrClient.class);
          assertThat(client.options().authMode()).isEqualTo(AuthMode.SECRET_KEY);
          assertThat(client.options().baseUrl()).isEqualTo(MOCK.server().baseUrl());
          assertThat(client.options().attemptTimeout()).isEqualTo(Duration.ofSeconds(7));
          assertThat(client.options().retryPolicy().maxAttempts()).isEqualTo(4);
          assertThat(client.options().maxImageBytes()).isEqualTo(5L * 1024 * 1024);
          assertThat(client.options().crypto()).isEqualTo("BouncyCastleEnvelopeCrypto");
          assertThat(client.publicKey(KeyService.CREDIT_CARD).version()).isNotBlank();
        });
  }

  @Test
  void v21_properties_give_a_token_client_that_reaches_the_service() {
    MockOcrServer mock = MOCK.server();
    runner.withPropertyValues("ocrkit.app-key=" + mock.appKey(), "ocrkit.user-access-key-id=" + mock.userAccessKeyId(),
        "ocrkit.secret-access-key=" + mock.secretAccessKey(), "ocrkit.base-url=" + mock.baseUrl(),
        "ocrkit.token-url=" + mock.baseUrl() + "/oauth2/token/create").run(context -> {
          OcrClient client = context.getBean(OcrClient.class);
          assertThat(client.options().authMode()).isEqualTo(AuthMode.USER_ACCESS_KEY);
          assertThat(client.publicKey(KeyService.ID_CARD).version()).isNotBlank();
          assertThat(MOCK.requests()).allMatch(e -> e.path().startsWith("/v2.1/")).isNotEmpty();
        });
  }

  @Test
  void nothing_is_configured_without_an_app_key() {
    runner.run(context -> assertThat(context).doesNotHaveBean(OcrClient.class));
  }

  @Test
  void the_applications_own_client_wins() {
    runner.withPropertyValues(v20(MOCK.server())).withUserConfiguration(OwnClient.class).run(context -> {
      assertThat(context).hasSingleBean(OcrClient.class);
      assertThat(context.getBean(OcrClient.class)).isSameAs(context.getBean("mine"));
    });
  }

  @Test
  void the_client_is_closed_with_the_context() {
    OcrClient[] seen = new OcrClient[1];
    runner.withPropertyValues(v20(MOCK.server())).run(context -> seen[0] = context.getBean(OcrClient.class));
    // Its own executor is stopped: an async call is refused.
    assertThatThrownBy(() -> seen[0].scanCreditCardAsync(ImageSource.of(new byte[] {1})))
        .isInstanceOf(java.util.concurrent.RejectedExecutionException.class);
  }

  @Test
  void calls_are_observed_through_the_contexts_registry() {
    runner.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
        .withUserConfiguration(TestRegistry.class).withPropertyValues(v20(MOCK.server())).run(context -> {
          context.getBean(OcrClient.class).publicKey(KeyService.CREDIT_CARD);
          TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
              .hasObservationWithNameEqualTo("ocrkit.client.requests").that()
              .hasLowCardinalityKeyValue("operation", "public-key")
              .hasLowCardinalityKeyValue("outcome", "success");
        });
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnClient {
    @Bean(destroyMethod = "close")
    OcrClient mine() {
      return OcrClient.builder().appKey("mine").secretKey("mine").build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class TestRegistry {
    @Bean
    TestObservationRegistry testObservationRegistry() {
      return TestObservationRegistry.create();
    }
  }
}
