package io.ocrkit.spring.boot;

import io.ocrkit.http.OcrClientBuilder;
import java.net.URI;
import java.util.Objects;

/**
 * Where an embedded mock listens and the credentials it accepts; replaces the {@code ocrkit.*}
 * service and credential properties while {@code ocrkit.mock.enabled} is true.
 */
public final class MockConnection {

  private final URI baseUrl;
  private final String appKey;
  private final String secretKey;

  /**
   * The embedded mock's address and credentials.
   *
   * @param baseUrl the mock's base URL
   * @param appKey the app key it accepts
   * @param secretKey the secret key it accepts; kept out of {@code toString}
   * @throws NullPointerException if an argument is null
   */
  public MockConnection(URI baseUrl, String appKey, String secretKey) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
    this.appKey = Objects.requireNonNull(appKey, "appKey == null");
    this.secretKey = Objects.requireNonNull(secretKey, "secretKey == null");
  }

  /** {@return the mock's base URL, e.g. {@code http://127.0.0.1:54321}} */
  public URI baseUrl() {
    return baseUrl;
  }

  void applyTo(OcrClientBuilder builder) {
    builder.baseUrl(baseUrl).appKey(appKey).secretKey(secretKey);
  }

  @Override
  public String toString() {
    return "MockConnection[" + baseUrl + "]";
  }
}
