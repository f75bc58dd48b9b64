package io.ocrkit.mock;

import io.ocrkit.mock.internal.Sha256;
import io.ocrkit.core.protocol.KeyService;
import java.util.Objects;

/** Builds the fixture JSON of {@link MockAdmin#registerFixture(String)} from typed parts. */
final class FixtureJson {

  private FixtureJson() {}

  static String of(KeyService service, String sha256Hex, String resultJson, boolean authentic) {
    Objects.requireNonNull(service, "service == null");
    Objects.requireNonNull(sha256Hex, "sha256Hex == null");
    Objects.requireNonNull(resultJson, "resultJson == null");
    return "{\"service\":\"" + service.wireName() + "\",\"sha256\":" + quoted(sha256Hex)
        + ",\"result\":" + resultJson + ",\"authentic\":" + authentic + "}";
  }

  static String sha256Hex(byte[] data) {
    return Sha256.hex(data);
  }


  /** A JSON string literal; a hash that is not hex is refused by the parser, not here. */
  private static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      if (c >= 0x20) {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
