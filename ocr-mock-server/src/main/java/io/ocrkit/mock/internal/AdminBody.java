package io.ocrkit.mock.internal;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * An admin body larger than the server's whole-body limit ({@link Routes#MAX_READ_WHOLE_BODY}),
 * read through its own limit: a fixture image. Past the limit it is a mistake, refused with a
 * reason rather than read into memory.
 */
final class AdminBody {

  private AdminBody() {}

  /**
   * The body as UTF-8 text.
   *
   * @throws IllegalArgumentException when it is over {@code limit} bytes
   */
  static String read(Context ctx, int limit) {
    try {
      byte[] bytes = new LimitedInput(ctx.req().getInputStream(), limit).readAllBytes();
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (LimitedInput.Exceeded e) {
      throw new IllegalArgumentException("the body is over " + limit + " bytes");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
