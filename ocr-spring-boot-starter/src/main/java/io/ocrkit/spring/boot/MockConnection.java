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

  public MockConnection(URI baseUrl, String appKey, String secretKey) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
    this.appKey = Objects.requireNonNull(appKey, "appKey == null");
    this.secretKey = Objects.requireNonNull(secretKey, "secretKey == null");
  }

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
