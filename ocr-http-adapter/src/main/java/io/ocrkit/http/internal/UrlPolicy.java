package io.ocrkit.http.internal;

import io.ocrkit.core.internal.Loopback;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which URLs a client may send keys to: absolute http(s), no user info, query or fragment, and
 * {@code http://} only to loopback unless the caller insists; and what may go into a path.
 */
public final class UrlPolicy {

  private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9._~-]+");

  private UrlPolicy() {}

  /**
   * A value sent as one path segment (the app key): required, and unreserved characters only, so
   * that it can neither be encoded differently nor climb out of its segment ({@code ../}).
   *
   * @throws IllegalArgumentException naming {@code argument}
   */
  public static void checkPathSegment(String value, String argument) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("'" + argument + "' is required and must not be blank");
    }
    if (!URL_SAFE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "'" + argument + "' must be URL-safe: letters, digits, '-', '_', '.' or '~' only");
    }
  }

  /** @throws IllegalArgumentException naming {@code argument} */
  public static void check(URI url, String argument, boolean allowInsecureHttp) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (url.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new IllegalArgumentException("'" + argument + "' must be an absolute http(s) URL");
    }
    if (url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException("'" + argument + "' must not have user info, a query or a fragment");
    }
    if (scheme.equals("http") && !allowInsecureHttp && !Loopback.isLoopback(url.getHost())) {
      throw new IllegalArgumentException("'" + argument + "' is http:// to a host that is not loopback;"
          + " keys would travel in clear. Use https://, or allowInsecureHttp() to insist");
    }
  }

}
