package io.ocrkit.spring.boot;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code ocrkit.*} properties. Unset values take the SDK's defaults. Set {@code app-key} and
 * either {@code secret-key} (v2.0) or {@code user-access-key-id} and {@code secret-access-key}
 * (v2.1). No {@code toString}: the object holds secrets.
 */
@ConfigurationProperties(prefix = OcrProperties.PREFIX)
public class OcrProperties {

  /** The prefix of every property of the starter. */
  public static final String PREFIX = "ocrkit";

  /** The app key of the Document OCR service (NHN Cloud console, "URL & Appkey"). */
  private String appKey;
  /** v2.0 authentication: the console's secret key. */
  private String secretKey;
  /** v2.1 authentication: the User Access Key ID. */
  private String userAccessKeyId;
  /** v2.1 authentication: the User Access Key's secret access key. */
  private String secretAccessKey;
  /** Where the service is; default the SDK's, the current domain. */
  private String baseUrl;
  /** Where v2.1 tokens are issued; default NHN Cloud's OAuth endpoint. */
  private String tokenUrl;
  /** Connecting to the service; default 10s. */
  private Duration connectTimeout;
  /** One HTTP exchange, until its answer's headers; default 30s. */
  private Duration attemptTimeout;
  /** The whole call, key fetch, retries and waits included. */
  private Duration callTimeout;
  /** The largest image sent; default the service's limit. */
  private DataSize maxImageSize;
  /** The envelope crypto: jca (the JDK's) or bouncycastle (needs bcprov-jdk18on). */
  private String crypto = "jca";
  private final Retry retry = new Retry();
  private final Validation validation = new Validation();
  private final Health health = new Health();
  private final Mock mock = new Mock();

  /** Retries of transport faults and retry-later answers. */
  public static class Retry {
    /** Attempts per call, the first included; at least 1. */
    private Integer maxAttempts;
    /** The first back-off; later ones double, with jitter. */
    private Duration baseDelay;
    /** The longest back-off. */
    private Duration maxDelay;

    /** {@return attempts per call, or null for the SDK's default (3)} */
    public Integer getMaxAttempts() { return maxAttempts; }
    /**
     * Sets {@code ocrkit.retry.max-attempts}.
     *
     * @param maxAttempts at least 1
     */
    public void setMaxAttempts(Integer maxAttempts) { this.maxAttempts = maxAttempts; }
    /** {@return the first back-off's ceiling, or null for the SDK's default} */
    public Duration getBaseDelay() { return baseDelay; }
    /**
     * Sets {@code ocrkit.retry.base-delay}.
     *
     * @param baseDelay not negative
     */
    public void setBaseDelay(Duration baseDelay) { this.baseDelay = baseDelay; }
    /** {@return the longest back-off, or null for the SDK's default} */
    public Duration getMaxDelay() { return maxDelay; }
    /**
     * Sets {@code ocrkit.retry.max-delay}.
     *
     * @param maxDelay at least the base delay
     */
    public void setMaxDelay(Duration maxDelay) { this.maxDelay = maxDelay; }
  }

  /** The checks run on every result (check digits, dates, confidence). */
  public static class Validation {
    /** Whether results are checked and findings listed. */
    private boolean enabled = true;
    /** A field read with a lower confidence (0 to 1) is reported; default 0.5. */
    private Double confidenceThreshold;

    /** {@return whether results are checked; {@code true} by default} */
    public boolean isEnabled() { return enabled; }
    /**
     * Sets {@code ocrkit.validation.enabled}.
     *
     * @param enabled {@code false} to turn the checks off
     */
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    /** {@return the confidence threshold, or null for the default (0.5)} */
    public Double getConfidenceThreshold() { return confidenceThreshold; }
    /**
     * Sets {@code ocrkit.validation.confidence-threshold}.
     *
     * @param confidenceThreshold from 0 to 1
     */
    public void setConfidenceThreshold(Double confidenceThreshold) { this.confidenceThreshold = confidenceThreshold; }
  }

  /** The actuator health indicator "ocrkit". */
  public static class Health {
    /** How long a health answer is reused, so probes do not call the service each time; 0 checks every time. */
    private Duration cacheTtl = Duration.ofSeconds(30);

    /** {@return how long a health answer is reused; 30s by default} */
    public Duration getCacheTtl() { return cacheTtl; }
    /**
     * Sets {@code ocrkit.health.cache-ttl}.
     *
     * @param cacheTtl not negative; 0 checks every time
     */
    public void setCacheTtl(Duration cacheTtl) { this.cacheTtl = cacheTtl; }
  }

  /** Local development without the service. */
  public static class Mock {
    /** Starts an embedded mock of the service and points the client at it; refused under a "prod" profile. */
    private boolean enabled;

    /** {@return whether the embedded mock replaces the service; {@code false} by default} */
    public boolean isEnabled() { return enabled; }
    /**
     * Sets {@code ocrkit.mock.enabled}.
     *
     * @param enabled {@code true} to start the embedded mock
     */
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
  }

  /** {@return the app key, or null when unset} */
  public String getAppKey() { return appKey; }
  /**
   * Sets {@code ocrkit.app-key}.
   *
   * @param appKey the console's app key
   */
  public void setAppKey(String appKey) { this.appKey = appKey; }
  /** {@return the v2.0 secret key, or null when unset; never log it} */
  public String getSecretKey() { return secretKey; }
  /**
   * Sets {@code ocrkit.secret-key}.
   *
   * @param secretKey the secret key (set it from the environment or a vault, not a file in the repository)
   */
  public void setSecretKey(String secretKey) { this.secretKey = secretKey; }
  /** {@return the v2.1 User Access Key ID, or null when unset} */
  public String getUserAccessKeyId() { return userAccessKeyId; }
  /**
   * Sets {@code ocrkit.user-access-key-id}.
   *
   * @param userAccessKeyId the User Access Key ID
   */
  public void setUserAccessKeyId(String userAccessKeyId) { this.userAccessKeyId = userAccessKeyId; }
  /** {@return the v2.1 secret access key, or null when unset; never log it} */
  public String getSecretAccessKey() { return secretAccessKey; }
  /**
   * Sets {@code ocrkit.secret-access-key}.
   *
   * @param secretAccessKey the secret access key
   */
  public void setSecretAccessKey(String secretAccessKey) { this.secretAccessKey = secretAccessKey; }
  /** {@return the service's base URL as written, or null for the SDK's default} */
  public String getBaseUrl() { return baseUrl; }
  /**
   * Sets {@code ocrkit.base-url}.
   *
   * @param baseUrl an absolute {@code https} URL, or {@code http} to loopback; checked at startup
   */
  public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
  /** {@return the token endpoint's URL as written, or null for the default} */
  public String getTokenUrl() { return tokenUrl; }
  /**
   * Sets {@code ocrkit.token-url}.
   *
   * @param tokenUrl an absolute URL; checked when the client is made
   */
  public void setTokenUrl(String tokenUrl) { this.tokenUrl = tokenUrl; }
  /** {@return the connect timeout, or null for the SDK's default} */
  public Duration getConnectTimeout() { return connectTimeout; }
  /**
   * Sets {@code ocrkit.connect-timeout}.
   *
   * @param connectTimeout positive
   */
  public void setConnectTimeout(Duration connectTimeout) { this.connectTimeout = connectTimeout; }
  /** {@return the per-exchange timeout, or null for the SDK's default} */
  public Duration getAttemptTimeout() { return attemptTimeout; }
  /**
   * Sets {@code ocrkit.attempt-timeout}.
   *
   * @param attemptTimeout positive
   */
  public void setAttemptTimeout(Duration attemptTimeout) { this.attemptTimeout = attemptTimeout; }
  /** {@return the whole-call timeout, or null for the SDK's default (120s)} */
  public Duration getCallTimeout() { return callTimeout; }
  /**
   * Sets {@code ocrkit.call-timeout}.
   *
   * @param callTimeout positive
   */
  public void setCallTimeout(Duration callTimeout) { this.callTimeout = callTimeout; }
  /** {@return the largest image sent, or null for the service's limit} */
  public DataSize getMaxImageSize() { return maxImageSize; }
  /**
   * Sets {@code ocrkit.max-image-size}.
   *
   * @param maxImageSize positive
   */
  public void setMaxImageSize(DataSize maxImageSize) { this.maxImageSize = maxImageSize; }
  /** {@return {@code jca} or {@code bouncycastle}} */
  public String getCrypto() { return crypto; }
  /**
   * Sets {@code ocrkit.crypto}.
   *
   * @param crypto {@code jca} or {@code bouncycastle}; anything else fails the startup
   */
  public void setCrypto(String crypto) { this.crypto = crypto; }
  /** {@return the properties {@code ocrkit.retry.*}: retries; never null} */
  public Retry getRetry() { return retry; }
  /** {@return the properties {@code ocrkit.validation.*}: the checks on every result; never null} */
  public Validation getValidation() { return validation; }
  /** {@return the properties {@code ocrkit.health.*}: the health indicator; never null} */
  public Health getHealth() { return health; }
  /** {@return the properties {@code ocrkit.mock.*}: the embedded mock; never null} */
  public Mock getMock() { return mock; }
}
