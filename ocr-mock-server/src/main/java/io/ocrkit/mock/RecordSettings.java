package io.ocrkit.mock;

import io.ocrkit.core.internal.Loopback;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A recording mock's settings: the service it forwards scans to, the directory it writes one
 * recording per image into, how it authenticates there, and whether it keeps real values
 * ({@code raw}) instead of synthetic ones. {@code toString} names no secret.
 *
 * @param from the upstream's base URL; https unless it is a loopback address
 * @param to the directory recordings are written into
 * @param credentials how the mock authenticates to the upstream
 * @param raw whether real personal values are kept instead of synthetic ones
 */
public record RecordSettings(URI from, Path to, UpstreamCredentials credentials, boolean raw) {

  /**
   * Checks the components and the upstream's URL.
   *
   * @param from the upstream's base URL; https unless it is a loopback address
   * @param to the directory recordings are written into
   * @param credentials how the mock authenticates to the upstream
   * @param raw whether real personal values are kept instead of synthetic ones
   * @throws NullPointerException if {@code from}, {@code to} or {@code credentials} is null
   * @throws IllegalArgumentException if {@code from} is not an absolute http(s) URL, or is plain
   *     http to another machine (keys and images would travel in clear)
   */
  public RecordSettings {
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(to, "to == null");
    Objects.requireNonNull(credentials, "credentials == null");
    checkUpstreamUrl(from, "'recordFrom'");
  }

  /**
   * The rule for an upstream's URL, for every surface that takes one.
   *
   * @param from the URL to check
   * @param name how the message names the setting, e.g. {@code --record-from}
   * @throws IllegalArgumentException if it is not an absolute http(s) URL, or plain http to another machine
   */
  public static void checkUpstreamUrl(URI from, String name) {
    String scheme = from.getScheme() == null ? "" : from.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (from.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new IllegalArgumentException(name + " must be an absolute http(s) URL");
    }
    if (from.getRawUserInfo() != null) {
      // It would be printed with the URL; credentials go through UpstreamCredentials alone.
      throw new IllegalArgumentException(name + " must not carry credentials");
    }
    if (scheme.equals("http") && !Loopback.isLoopback(from.getHost())) {
      throw new IllegalArgumentException(name + " must use https unless it is a loopback address");
    }
  }
}
