package io.ocrkit.spring.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * On a {@code @SpringBootTest}: the context's {@code OcrClient} calls an embedded mock of the
 * service ({@code ocrkit.mock.enabled=true}) on a free port, which is reset before each test and
 * can be injected as {@code io.ocrkit.mock.MockAdmin} to register fixtures and inject faults. Needs
 * {@code io.ocrkit:ocr-mock-server} on the test class path.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureMockOcr
 * class CardsTest {
 *   @Autowired MockAdmin mock;
 *   @Autowired OcrClient client;
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestPropertySource(properties = "ocrkit.mock.enabled=true")
public @interface AutoConfigureMockOcr {}
