package io.ocrkit.http.internal;

import io.ocrkit.core.model.Credential;
import io.ocrkit.core.port.out.Attempt;
import io.ocrkit.core.protocol.Protocol;
import java.time.Duration;

/**
 * How requests prove who sends them: v2.0 sends the secret key as is, v2.1 a bearer token that
 * {@link TokenSource} issues and refreshes. Thread-safe.
 */
public interface Auth {

  /** The path version these credentials speak: {@code v2.0} or {@code v2.1}. */
  String version();

  /** The header to send now; may fetch a token within {@code timeout}, as part of {@code attempt}. */
  Presented current(Duration timeout, Attempt attempt);

  /**
   * The service answered {@code 4010006} to {@code used}. Returns true when a new credential was
   * made ready and one more attempt is worth it; false when {@code used} was already a fresh one.
   */
  boolean rejected(Presented used);

  /** Lets go of what the credentials hold (a v2.1 token is revoked); never throws, safe twice. */
  default void close() {}

  /** A header and its secret value. Not a record: a record would print the value. */
  final class Presented {
    private final String header;
    private final Credential value;
    private final Object origin;

    Presented(String header, Credential value, Object origin) {
      this.header = header;
      this.value = value;
      this.origin = origin;
    }

    String header() {
      return header;
    }

    String value() {
      return value.reveal();
    }

    /** What issued it (the token), to know whether a rejection concerns the current one. */
    Object origin() {
      return origin;
    }

    @Override
    public String toString() {
      return header + ": ****";
    }
  }

  /** v2.0: {@code Authorization: {secretKey}}. */
  static Auth secretKey(Credential secretKey) {
    Presented presented = new Presented(Protocol.AUTHORIZATION, secretKey, null);
    return new Auth() {
      @Override
      public String version() {
        return Protocol.V2_0;
      }

      @Override
      public Presented current(Duration timeout, Attempt attempt) {
        return presented;
      }

      @Override
      public boolean rejected(Presented used) {
        return false; // a secret key does not get better by asking again
      }
    };
  }
}
