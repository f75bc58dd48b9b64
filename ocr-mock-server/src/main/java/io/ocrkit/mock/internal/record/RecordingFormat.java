package io.ocrkit.mock.internal.record;

import io.ocrkit.mock.internal.Fixtures;
import io.ocrkit.mock.internal.Json;
import io.ocrkit.mock.internal.MockState;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Recording} to and from its file's JSON ({@code docs/recording-format.md}, format 1).
 * Readers ignore fields they do not know (a later minor change may add some) and refuse another
 * major {@code format}.
 */
final class RecordingFormat {

  private RecordingFormat() {}

  static String write(Recording r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", Recording.FORMAT);
    m.put("service", r.service().wireName());
    m.put("sha256", r.sha256());
    m.put("resultCode", r.resultCode());
    if (r.result() != null) {
      m.put("result", r.result());
    }
    List<Map<String, Object>> outcomes = new ArrayList<>();
    for (Recording.Outcome o : r.authenticity()) {
      Map<String, Object> om = new LinkedHashMap<>();
      om.put("resultCode", o.resultCode());
      if (o.isAuthenticity() != null) {
        om.put("isAuthenticity", o.isAuthenticity());
      }
      om.put("at", o.at().toString());
      outcomes.add(om);
    }
    m.put("authenticity", outcomes);
    m.put("upstreamApiVersion", r.upstreamApiVersion());
    m.put("recordedAt", r.recordedAt().toString());
    m.put("values", r.raw() ? "real" : "synthetic");
    return Json.write(m);
  }

  /**
   * Parses one file's text.
   *
   * @throws IllegalArgumentException naming the field that is wrong, or the unsupported format
   */
  static Recording read(String text) {
    Map<String, Object> m = Json.readObject(text);
    if (!(m.get("format") instanceof Number format) || format.doubleValue() != Math.floor(format.doubleValue())) {
      throw new IllegalArgumentException("'format' must be a whole number (this version reads format "
          + Recording.FORMAT + ")");
    }
    if (format.intValue() != Recording.FORMAT) {
      throw new IllegalArgumentException("format " + format + " is not supported: this version reads format "
          + Recording.FORMAT + " only");
    }
    if (!(m.get("resultCode") instanceof Number code)) {
      throw new IllegalArgumentException("'resultCode' must be a number");
    }
    // The same checks as a registered fixture's, so that a recording replays exactly as one would.
    Fixtures.Parsed fixture = Fixtures.parse(asFixture(m, code.intValue()), true);
    List<Recording.Outcome> outcomes = new ArrayList<>();
    if (m.get("authenticity") instanceof List<?> list) {
      for (Object o : list) {
        if (!(o instanceof Map<?, ?> om) || !(om.get("resultCode") instanceof Number oc)) {
          throw new IllegalArgumentException("'authenticity[]' entries must have a numeric 'resultCode'");
        }
        Object verdict = om.get("isAuthenticity");
        outcomes.add(new Recording.Outcome(oc.intValue(), verdict instanceof Boolean b ? b : null,
            instant(om.get("at"), "authenticity[].at")));
      }
    } else if (m.containsKey("authenticity")) {
      throw new IllegalArgumentException("'authenticity' must be a list");
    }
    String version = Json.text(m, "upstreamApiVersion");
    return new Recording(fixture.service(), fixture.sha256(),
        code.intValue() == 0 ? fixture.recognition().result() : null, code.intValue(), outcomes,
        version == null ? "unknown" : version, instant(m.get("recordedAt"), "recordedAt"),
        "real".equals(m.get("values")));
  }

  /** What the mock answers for a recording: its result or its code, and its last verdict. */
  static MockState.Recognition recognition(Recording r) {
    return new MockState.Recognition(r.result() == null ? Map.of() : r.result(), r.authentic(),
        r.resultCode() == 0 ? null : r.resultCode());
  }

  private static Map<String, Object> asFixture(Map<String, Object> m, int code) {
    Map<String, Object> fixture = new LinkedHashMap<>();
    fixture.put("service", m.get("service"));
    fixture.put("sha256", m.get("sha256"));
    if (code == 0) {
      fixture.put("result", m.get("result"));
    } else {
      fixture.put("resultCode", code);
    }
    return fixture;
  }

  private static Instant instant(Object value, String field) {
    try {
      return Instant.parse(String.valueOf(value));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + field + "' must be an ISO-8601 instant");
    }
  }
}
