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

  public static final String PREFIX = "ocrkit";

  /** The app key of the Document OCR service (NHN Cloud console, "URL & Appkey"). */
  private String appKey;
  /** v2.0 authentication: the console's secret key. */
  private String secretKey;
  /** v2.1 authentication: the User Access Key ID. */
  private String userAccessKeyId;
  /** v2.1 authentication: the User Access Key's secret access key. */
  private String secretAccessKey;
  /** Where the service is; default the SDK's legacy domain. */
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

    public Integer getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(Integer maxAttempts) { this.maxAttempts = maxAttempts; }
    public Duration getBaseDelay() { return baseDelay; }
    public void setBaseDelay(Duration baseDelay) { this.baseDelay = baseDelay; }
    public Duration getMaxDelay() { return maxDelay; }
    public void setMaxDelay(Duration maxDelay) { this.maxDelay = maxDelay; }
  }

  /** The checks run on every result (check digits, dates, confidence). */
  public static class Validation {
    /** Whether results are checked and findings listed. */
    private boolean enabled = true;
    /** A field read with a lower confidence (0 to 1) is reported; default 0.5. */
    private Double confidenceThreshold;

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Double getConfidenceThreshold() { return confidenceThreshold; }
    public void setConfidenceThreshold(Double confidenceThreshold) { this.confidenceThreshold = confidenceThreshold; }
  }

  /** The actuator health indicator "ocrkit". */
  public static class Health {
    /** How long a health answer is reused, so probes do not call the service each time; 0 checks every time. */
    private Duration cacheTtl = Duration.ofSeconds(30);

    public Duration getCacheTtl() { return cacheTtl; }
    public void setCacheTtl(Duration cacheTtl) { this.cacheTtl = cacheTtl; }
  }

  /** Local development without the service. */
  public static class Mock {
    /** Starts an embedded mock of the service and points the client at it; refused under a "prod" profile. */
    private boolean enabled;

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
  }

  public String getAppKey() { return appKey; }
  public void setAppKey(String appKey) { this.appKey = appKey; }
  public String getSecretKey() { return secretKey; }
  public void setSecretKey(String secretKey) { this.secretKey = secretKey; }
  public String getUserAccessKeyId() { return userAccessKeyId; }
  public void setUserAccessKeyId(String userAccessKeyId) { this.userAccessKeyId = userAccessKeyId; }
  public String getSecretAccessKey() { return secretAccessKey; }
  public void setSecretAccessKey(String secretAccessKey) { this.secretAccessKey = secretAccessKey; }
  public String getBaseUrl() { return baseUrl; }
  public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
  public String getTokenUrl() { return tokenUrl; }
  public void setTokenUrl(String tokenUrl) { this.tokenUrl = tokenUrl; }
  public Duration getConnectTimeout() { return connectTimeout; }
  public void setConnectTimeout(Duration connectTimeout) { this.connectTimeout = connectTimeout; }
  public Duration getAttemptTimeout() { return attemptTimeout; }
  public void setAttemptTimeout(Duration attemptTimeout) { this.attemptTimeout = attemptTimeout; }
  public Duration getCallTimeout() { return callTimeout; }
  public void setCallTimeout(Duration callTimeout) { this.callTimeout = callTimeout; }
  public DataSize getMaxImageSize() { return maxImageSize; }
  public void setMaxImageSize(DataSize maxImageSize) { this.maxImageSize = maxImageSize; }
  public String getCrypto() { return crypto; }
  public void setCrypto(String crypto) { this.crypto = crypto; }
  public Retry getRetry() { return retry; }
  public Validation getValidation() { return validation; }
  public Health getHealth() { return health; }
  public Mock getMock() { return mock; }
}
