package io.ocrkit.mock.internal.record;

import io.ocrkit.core.protocol.KeyService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One recorded image, as {@code docs/recording-format.md} describes its file: what the upstream
 * answered for it (the plain result, or only a code) and the authenticity outcomes seen for it.
 *
 * @param result the plain result as written (synthetic values unless {@code raw}); null when the
 *     code is not 0
 * @param raw whether the values are the real ones ({@code --record-raw})
 */
record Recording(KeyService service, String sha256, Map<String, Object> result, int resultCode,
    List<Outcome> authenticity, String upstreamApiVersion, Instant recordedAt, boolean raw) {

  /** The current major version of the file format; readers refuse any other. */
  static final int FORMAT = 1;

  /** One authenticity answer for the card: its code, and the verdict when the code is 0. */
  record Outcome(int resultCode, Boolean isAuthenticity, Instant at) {}

  Recording {
    Objects.requireNonNull(service, "service == null");
    Objects.requireNonNull(sha256, "sha256 == null");
    authenticity = List.copyOf(authenticity);
    Objects.requireNonNull(upstreamApiVersion, "upstreamApiVersion == null");
    Objects.requireNonNull(recordedAt, "recordedAt == null");
  }

  Recording with(Outcome outcome) {
    List<Outcome> all = new ArrayList<>(authenticity);
    all.add(outcome);
    return new Recording(service, sha256, result, resultCode, all, upstreamApiVersion, recordedAt, raw);
  }

  /** What a replay judges authenticity by: the last verdict seen, genuine when none was. */
  boolean authentic() {
    for (int i = authenticity.size() - 1; i >= 0; i--) {
      if (authenticity.get(i).resultCode() == 0 && authenticity.get(i).isAuthenticity() != null) {
        return authenticity.get(i).isAuthenticity();
      }
    }
    return true;
  }

  /** Names the image and the outcome only: the result holds what a card says about a person. */
  @Override
  public String toString() {
    return "Recording[" + service.wireName() + ", sha256=" + sha256 + ", resultCode=" + resultCode + "]";
  }
}
