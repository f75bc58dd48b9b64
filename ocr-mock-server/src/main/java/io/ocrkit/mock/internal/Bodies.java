package io.ocrkit.mock.internal;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and drops what is left of a request body before an answer that did not need it (a
 * refusal, an injected fault). Left unread, Jetty closes the connection under the client's
 * upload, and the client sees a reset instead of the answer: a transport fault the real service
 * never causes for a refusal. A body its client holds back until 100 Continue is never asked for.
 */
final class Bodies {

  /** How much of an oversized body is read and dropped so the client can read the answer. */
  private static final long MAX_DRAIN = 256L * 1024 * 1024;

  private static final String OPENED = "io.ocrkit.mock.body-opened";

  private Bodies() {}

  /** The request body, marked as asked for: from here on, a client that expected 100-continue sends it. */
  static InputStream open(Context ctx) throws IOException {
    ctx.attribute(OPENED, Boolean.TRUE);
    return ctx.req().getInputStream();
  }

  static void drainRequest(Context ctx) {
    if (ctx.attribute(OPENED) == null && "100-continue".equalsIgnoreCase(ctx.header("Expect"))) {
      // Reading would send 100 Continue and ask for a body the answer does not need: a client
      // that waits for it sends nothing, so there is nothing to drain.
      return;
    }
    try {
      drain(ctx.req().getInputStream());
    } catch (IOException | IllegalStateException e) {
      // no body to read, or the client is gone: nothing to protect
    }
  }

  static void drain(InputStream body) {
    try {
      // The usual case, after a handler read its body: nothing left, and no sink to allocate for it.
      if (body.read() < 0) {
        return;
      }
    } catch (IOException e) {
      return; // the client gave up: nothing left to answer
    }
    byte[] sink = new byte[64 * 1024];
    long total = 1;
    try {
      int n;
      while (total < MAX_DRAIN && (n = body.read(sink)) > 0) {
        total += n;
      }
    } catch (IOException e) {
      // the client gave up: nothing left to answer
    }
  }
}
