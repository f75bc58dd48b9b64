package io.ocrkit.core.port.out;

import java.util.Objects;

/**
 * One call of the SDK, from the caller's request to its result or final failure: every attempt,
 * key fetch and token request it makes belongs to it.
 *
 * @param id unique within the client that made it; 0 is the client's own work at close (revoking a token)
 * @param operation what the caller asked for: an {@link io.ocrkit.core.protocol.Operation}'s path
 *     segment, or {@code public-keys/{service}} for a key fetched on its own
 */
public record CallId(long id, String operation) {

  /**
   * Checks the parts.
   *
   * @param id unique within the client
   * @param operation what the caller asked for
   */
  public CallId {
    Objects.requireNonNull(operation, "operation == null");
  }
}
