package io.ocrkit.spring.boot;

import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** The client is configured once an app key is set, or an embedded mock stands in for the service. */
class OnOcrConfiguredCondition extends AnyNestedCondition {

  OnOcrConfiguredCondition() {
    super(ConfigurationPhase.REGISTER_BEAN);
  }

  @ConditionalOnProperty(prefix = OcrProperties.PREFIX, name = "app-key")
  static class AppKeySet {}

  @ConditionalOnProperty(prefix = OcrProperties.PREFIX, name = "mock.enabled", havingValue = "true")
  static class MockEnabled {}
}
