package io.ocrkit.spring.boot.actuate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP when the service's public keys can be fetched. The answer is reused for {@code cacheTtl}, so
 * frequent probes (Kubernetes, load balancers) do not each call the service. DOWN names the
 * failure's type and the SDK's message, which never holds a key.
 */
public class OcrHealthIndicator implements HealthIndicator {

  private final KeyProbe probe;
  private final Duration cacheTtl;
  private final Clock clock;
  private Health cached;
  private Instant expires = Instant.MIN;

  OcrHealthIndicator(KeyProbe probe, Duration cacheTtl, Clock clock) {
    this.probe = probe;
    this.cacheTtl = cacheTtl;
    this.clock = clock;
  }

  @Override
  public synchronized Health health() {
    Instant now = clock.instant();
    if (cached != null && now.isBefore(expires)) {
      return cached;
    }
    cached = check();
    expires = now.plus(cacheTtl);
    return cached;
  }

  private Health check() {
    try {
      return Health.up().withDetail("keyVersions", probe.fetchVersions()).build();
    } catch (RuntimeException e) {
      return Health.down().withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
    }
  }
}
