package io.ocrkit.mock.internal;

import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.mock.JournalEntry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A journal entry as the dashboard shows it: operation and API version instead of the path (which
 * holds the app key), the result code with its key and message, latency, the image's type, size and
 * resolution. Outcomes only, as the journal; the masked answer only in a request's {@link #detail},
 * so that the event stream stays small with a full journal.
 */
final class JournalRows {

  private static final Pattern APP_PATH = Pattern.compile("^/(v[0-9.]+)/appkeys/[^/]+/(.+)$");

  private JournalRows() {}

  static Map<String, Object> row(Journal.Numbered n) {
    JournalEntry e = n.entry();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seq", n.seq());
    m.put("time", e.time());
    Matcher app = APP_PATH.matcher(e.path());
    if (app.matches()) {
      m.put("version", app.group(1));
      m.put("operation", app.group(2).startsWith("public-keys/") ? "public-keys" : app.group(2));
    } else {
      m.put("version", e.path().startsWith("/oauth2/") ? "v2.1" : "");
      m.put("operation", e.path().startsWith("/oauth2/token/") ? "token/" + e.path().substring(14) : "other");
    }
    m.put("method", e.method());
    m.put("resultCode", e.resultCode());
    if (e.resultCode() != null) {
      ResultCode.of(e.resultCode()).ifPresent(rc -> {
        m.put("resultKey", rc.key());
        m.put("resultMessage", rc.message());
      });
    }
    m.put("keyVersion", e.keyVersion());
    m.put("envelope", e.envelope());
    m.put("imageType", e.imageType());
    m.put("imageSize", e.imageSize());
    m.put("resolution", n.resolution());
    m.put("latencyMs", n.latencyMs());
    m.put("fault", n.fault());
    return m;
  }

  /** The row with the rest of the entry and the masked answer: what a request's detail shows. */
  static Map<String, Object> detail(Journal.Numbered n) {
    Map<String, Object> m = row(n);
    JournalEntry e = n.entry();
    m.put("imagePart", e.imagePart());
    m.put("imagePartType", e.imagePartType());
    m.put("imagePartFileName", e.imagePartFileName());
    m.put("missingHeader", e.missingHeader());
    m.put("answer", n.maskedAnswer() == null ? null : Json.readObject(n.maskedAnswer()));
    return m;
  }
}
