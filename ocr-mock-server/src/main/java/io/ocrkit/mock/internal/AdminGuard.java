package io.ocrkit.mock.internal;

import io.ocrkit.core.internal.Loopback;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may drive the admin API: a program on this machine, not a web page. Loopback alone does not
 * tell them apart, since the user's browser runs on this machine too: a page sends its
 * {@code Origin}, a DNS-rebound page names its own host in {@code Host}, and a page's form posts
 * are never {@code application/json} without a preflight the admin API does not answer.
 */
final class AdminGuard {

  /** Why a request was refused, and with which HTTP status. */
  record Refusal(int status, String reason) {}

  private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

  private AdminGuard() {}

  static Optional<Refusal> check(Context ctx) {
    if (!Loopback.isLoopbackAddress(ctx.req().getRemoteAddr())) {
      return Optional.of(new Refusal(403, "the admin API answers loopback callers only"));
    }
    if (!loopbackHost(ctx.header("Host"))) {
      return Optional.of(new Refusal(403, "the admin API answers requests whose Host is 127.0.0.1, localhost or [::1]"));
    }
    String origin = ctx.header("Origin");
    if (origin != null && !loopbackOrigin(origin)) {
      return Optional.of(new Refusal(403, "the admin API refuses requests with a foreign Origin"));
    }
    if (hasBody(ctx) && !json(ctx.header("Content-Type"))) {
      return Optional.of(new Refusal(415, "the admin API takes application/json bodies only"));
    }
    return Optional.empty();
  }

  /** {@code name} or {@code name:port}, the name one of the loopback names. */
  static boolean loopbackHost(String host) {
    if (host == null || host.isBlank()) {
      return false;
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    int colon = h.lastIndexOf(':');
    if (colon > h.lastIndexOf(']')) {
      String port = h.substring(colon + 1);
      if (!port.matches("[0-9]{1,5}")) {
        return false;
      }
      h = h.substring(0, colon);
    }
    return LOOPBACK_NAMES.contains(h);
  }

  private static boolean loopbackOrigin(String origin) {
    try {
      URI uri = new URI(origin.strip());
      String scheme = uri.getScheme();
      return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getRawPath().isEmpty()
          && uri.getRawUserInfo() == null && uri.getHost() != null && loopbackHost(uri.getHost());
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean hasBody(Context ctx) {
    return ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
  }

  private static boolean json(String contentType) {
    if (contentType == null) {
      return false;
    }
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return mediaType.equals("application/json");
  }
}
