package io.ocrkit.spring.boot.actuate;

import io.ocrkit.http.OcrClient;
import io.ocrkit.spring.boot.OcrClientAutoConfiguration;
import io.ocrkit.spring.boot.OcrProperties;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Health, info and the masking of secrets, for applications that have the actuator. */
@AutoConfiguration(after = OcrClientAutoConfiguration.class)
@EnableConfigurationProperties(OcrProperties.class)
public class OcrActuatorAutoConfiguration {

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  @ConditionalOnBean(OcrClient.class)
  @ConditionalOnEnabledHealthIndicator("ocrkit")
  static class HealthConfiguration {

    /** Its name makes the indicator {@code ocrkit} in {@code /actuator/health}. */
    @Bean
    @ConditionalOnMissingBean(name = "ocrkitHealthIndicator")
    OcrHealthIndicator ocrkitHealthIndicator(OcrClient client, OcrProperties properties) {
      return new OcrHealthIndicator(new KeyProbe(client), properties.getHealth().getCacheTtl(), Clock.systemUTC());
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.info.InfoContributor")
  @ConditionalOnBean(OcrClient.class)
  static class InfoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OcrInfoContributor ocrkitInfoContributor(OcrClient client) {
      return new OcrInfoContributor(client);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
  static class SanitizingConfiguration {

    @Bean
    OcrSecretsSanitizer ocrkitSecretsSanitizer() {
      return new OcrSecretsSanitizer();
    }
  }
}
