package io.ocrkit.spring.boot;

import io.micrometer.observation.ObservationRegistry;
import io.ocrkit.http.OcrClient;
import io.ocrkit.http.OcrClientBuilder;
import io.ocrkit.http.OcrEventListener;
import io.ocrkit.micrometer.OcrObservations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * The {@link OcrClient} from the {@code ocrkit.*} properties, unless the application defines its
 * own. Observed through Boot's {@link ObservationRegistry} when there is one; closed with the
 * context.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
    "io.ocrkit.spring.boot.mock.EmbeddedMockOcrAutoConfiguration"})
@ConditionalOnClass(OcrClient.class)
@Conditional(OnOcrConfiguredCondition.class)
@EnableConfigurationProperties(OcrProperties.class)
public class OcrClientAutoConfiguration {

  /**
   * The client, built from the properties (or an embedded mock's connection), observed when an
   * {@link ObservationRegistry} is present, then given every {@link OcrEventListener} bean and changed
   * by every {@link OcrClientCustomizer} bean in order. Closed with the context.
   *
   * @param properties the {@code ocrkit.*} properties
   * @param mock the embedded mock's connection, when {@code ocrkit.mock.enabled} is true
   * @param observations the application's observation registry, if any
   * @param listeners event listener beans
   * @param customizers customizer beans
   * @return the client
   * @throws InvalidOcrPropertyException if a property has a value the client cannot use
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public OcrClient ocrClient(OcrProperties properties, ObjectProvider<MockConnection> mock,
      ObjectProvider<ObservationRegistry> observations, ObjectProvider<OcrEventListener> listeners,
      ObjectProvider<OcrClientCustomizer> customizers) {
    OcrClientBuilder builder = OcrClientFactory.builder(properties, mock.getIfAvailable());
    ObservationRegistry registry = observations.getIfAvailable();
    if (registry != null && !registry.isNoop()) {
      builder.eventListener(OcrObservations.listener(registry));
    }
    listeners.orderedStream().forEach(builder::eventListener);
    customizers.orderedStream().forEach(c -> c.customize(builder));
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      // What the factory does not check itself (e.g. http:// to a remote host); the builder's
      // message names its own method and never a value.
      throw new InvalidOcrPropertyException("ocrkit.*", "values the client accepts: " + e.getMessage());
    }
  }
}
