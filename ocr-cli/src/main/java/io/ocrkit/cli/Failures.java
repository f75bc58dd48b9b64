package io.ocrkit.cli;

import io.ocrkit.core.model.OcrTransportException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/**
 * One line for a failure, saying what to do in terms of the CLI's options. The target is named by
 * host and port only: a URL's path would hold the app key.
 */
final class Failures {

  private Failures() {}

  /** @param target the endpoint called, or null when unknown */
  static String describe(Throwable failure, URI target) {
    if (failure instanceof OcrTransportException) {
      String where = target == null ? "the service" : hostPort(target);
      if (causedBy(failure, HttpConnectTimeoutException.class)) {
        return "cannot connect to " + where + " in time; check --endpoint and the network, or raise --connect-timeout";
      }
      if (causedBy(failure, HttpTimeoutException.class)) {
        return failure.getMessage() + "; allow more with --timeout";
      }
      if (causedBy(failure, ConnectException.class) || causedBy(failure, UnresolvedAddressException.class)) {
        return "cannot connect to " + where + "; check --endpoint and the network";
      }
    }
    return ExitCodes.describe(failure);
  }

  static String hostPort(URI target) {
    int port = target.getPort() >= 0 ? target.getPort() : "http".equalsIgnoreCase(target.getScheme()) ? 80 : 443;
    return target.getHost() + ":" + port;
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
