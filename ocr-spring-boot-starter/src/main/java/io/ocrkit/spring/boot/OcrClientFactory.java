package io.ocrkit.spring.boot;

import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.core.validation.ResultValidator;
import io.ocrkit.core.validation.StandardValidator;
import io.ocrkit.crypto.BouncyCastleEnvelopeCrypto;
import io.ocrkit.crypto.JcaEnvelopeCrypto;
import io.ocrkit.http.OcrClient;
import io.ocrkit.http.OcrClientBuilder;
import java.time.Clock;
import org.springframework.util.ClassUtils;

/**
 * {@link OcrProperties} to an {@link OcrClientBuilder}. Each value is checked here, against the
 * property's name, before the builder sees it, so a bad value fails startup with the property's
 * name rather than a builder method's.
 */
final class OcrClientFactory {

  private static final String BOUNCY_CASTLE = "org.bouncycastle.jce.provider.BouncyCastleProvider";

  private OcrClientFactory() {}

  /** {@code connection} stands in for the properties' service and credentials when a mock runs. */
  static OcrClientBuilder builder(OcrProperties p, MockConnection connection) {
    OcrClientBuilder b = OcrClient.builder();
    if (connection != null) {
      connection.applyTo(b);
    } else {
      credentials(p, b);
    }
    if (p.getConnectTimeout() != null) {
      b.connectTimeout(OcrPropertyRules.positive(p.getConnectTimeout(), "ocrkit.connect-timeout"));
    }
    if (p.getAttemptTimeout() != null) {
      b.attemptTimeout(OcrPropertyRules.positive(p.getAttemptTimeout(), "ocrkit.attempt-timeout"));
    }
    if (p.getCallTimeout() != null) {
      b.callTimeout(OcrPropertyRules.positive(p.getCallTimeout(), "ocrkit.call-timeout"));
    }
    if (p.getMaxImageSize() != null) {
      if (p.getMaxImageSize().toBytes() < 1) {
        throw OcrPropertyRules.invalid("ocrkit.max-image-size");
      }
      b.maxImageBytes(p.getMaxImageSize().toBytes());
    }
    b.retryPolicy(retry(p.getRetry()));
    b.crypto(crypto(p.getCrypto()));
    b.resultValidator(validator(p.getValidation()));
    return b;
  }

  private static void credentials(OcrProperties p, OcrClientBuilder b) {
    String appKey = OcrPropertyRules.text(p.getAppKey(), "ocrkit.app-key");
    if (!appKey.matches("[A-Za-z0-9._~-]+")) {
      throw OcrPropertyRules.invalid("ocrkit.app-key");
    }
    b.appKey(appKey);
    boolean v20 = p.getSecretKey() != null;
    boolean v21 = p.getUserAccessKeyId() != null || p.getSecretAccessKey() != null;
    if (v20 == v21) {
      throw new InvalidOcrPropertyException("ocrkit.secret-key",
          "the secret key (v2.0); or leave it unset and set ocrkit.user-access-key-id and "
              + "ocrkit.secret-access-key (v2.1); exactly one of the two");
    }
    if (v20) {
      b.secretKey(OcrPropertyRules.text(p.getSecretKey(), "ocrkit.secret-key"));
    } else {
      String id = OcrPropertyRules.text(p.getUserAccessKeyId(), "ocrkit.user-access-key-id");
      if (id.contains(":")) {
        throw OcrPropertyRules.invalid("ocrkit.user-access-key-id");
      }
      b.userAccessKey(id, OcrPropertyRules.text(p.getSecretAccessKey(), "ocrkit.secret-access-key"));
    }
    if (p.getBaseUrl() != null) {
      b.baseUrl(OcrPropertyRules.url(p.getBaseUrl(), "ocrkit.base-url"));
    }
    if (p.getTokenUrl() != null) {
      b.tokenUrl(OcrPropertyRules.url(p.getTokenUrl(), "ocrkit.token-url"));
    }
  }

  private static RetryPolicy retry(OcrProperties.Retry r) {
    RetryPolicy d = RetryPolicy.defaults();
    int attempts = r.getMaxAttempts() == null ? d.maxAttempts() : OcrPropertyRules.maxAttempts(r.getMaxAttempts());
    var base = r.getBaseDelay() == null ? d.baseDelay()
        : OcrPropertyRules.notNegative(r.getBaseDelay(), "ocrkit.retry.base-delay");
    var max = r.getMaxDelay() == null ? d.maxDelay()
        : OcrPropertyRules.notNegative(r.getMaxDelay(), "ocrkit.retry.max-delay");
    if (max.compareTo(base) < 0) {
      throw OcrPropertyRules.invalid("ocrkit.retry.max-delay");
    }
    return new RetryPolicy(attempts, base, max);
  }

  private static EnvelopeCrypto crypto(String name) {
    if (OcrPropertyRules.crypto(name).equals("jca")) {
      return new JcaEnvelopeCrypto();
    }
    if (!ClassUtils.isPresent(BOUNCY_CASTLE, OcrClientFactory.class.getClassLoader())) {
      throw OcrPropertyRules.invalid("ocrkit.crypto");
    }
    return new BouncyCastleEnvelopeCrypto();
  }

  private static ResultValidator validator(OcrProperties.Validation v) {
    if (!v.isEnabled()) {
      return ResultValidator.none();
    }
    double threshold = v.getConfidenceThreshold() == null ? StandardValidator.DEFAULT_CONFIDENCE_THRESHOLD
        : OcrPropertyRules.threshold(v.getConfidenceThreshold());
    return StandardValidator.create(Clock.systemUTC(), threshold);
  }

}
