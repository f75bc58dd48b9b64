package io.ocrkit.core.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Whether a host is this machine: {@code localhost} or a literal loopback address (127.0.0.0/8,
 * {@code ::1}, brackets allowed). Never resolves a name: a DNS answer must not decide where keys may
 * travel in clear (the SDK) or who may drive the mock's admin API (the mock).
 */
public final class Loopback {

  private Loopback() {}

  /** A host as a URL or a bind option names it: {@code localhost}, or a loopback literal. */
  public static boolean isLoopback(String host) {
    return host != null && (host.equalsIgnoreCase("localhost") || isLoopbackAddress(host));
  }

  /** A literal address (a peer's, as a server sees it) that is loopback; any name is not. */
  public static boolean isLoopbackAddress(String address) {
    if (address == null || address.isBlank()) {
      return false;
    }
    String h = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
    // Literals only: digits and dots for IPv4; hex, colons, dots and a zone for IPv6.
    if (!(h.matches("[0-9.]+") || h.matches("[0-9a-fA-F:.]+(%[0-9a-zA-Z]+)?") && h.contains(":"))) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress(); // a literal: parsed, not looked up
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
