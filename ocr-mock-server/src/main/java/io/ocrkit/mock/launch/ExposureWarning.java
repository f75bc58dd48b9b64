package io.ocrkit.mock.launch;

import io.ocrkit.core.internal.Loopback;
import java.util.Optional;

/**
 * What a user who binds the mock beyond loopback must read: the emulated service, with its demo
 * credentials, is reachable from other machines; the admin API still answers loopback callers only.
 */
final class ExposureWarning {

  private ExposureWarning() {}

  /** The warning for {@code host}, or empty when it is a loopback address. */
  static Optional<String> text(String host) {
    if (Loopback.isLoopback(host)) {
      return Optional.empty();
    }
    return Optional.of("WARNING: the mock listens on " + host + ", not on a loopback address: other machines"
        + " on the network can reach the emulated OCR service and use its credentials. The admin API"
        + " (/mock/v1) still answers loopback callers only. Use --host 127.0.0.1 unless you need this.");
  }
}
