package io.ocrkit.spring.boot.test;

import io.ocrkit.mock.MockAdmin;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

/**
 * Resets the embedded mock before each test of a class marked {@link AutoConfigureMockOcr}, so
 * fixtures, faults and the journal of one test never reach the next, though the context (and the
 * mock) is cached across test classes.
 */
public class MockOcrResetListener implements TestExecutionListener, Ordered {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    if (TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), AutoConfigureMockOcr.class)) {
      testContext.getApplicationContext().getBean(MockAdmin.class).reset();
    }
  }

  @Override
  public int getOrder() {
    // After dependency injection, before the test's own @BeforeEach code.
    return Ordered.LOWEST_PRECEDENCE - 100;
  }
}
