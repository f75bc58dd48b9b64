package io.ocrkit.mock.internal;

import io.ocrkit.core.protocol.KeyService;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The fixture format, shared by the admin API, the PNG {@code tEXt} chunk {@code ocr-mock} and the
 * sample kit's JPEG {@code COM} segment of the same keyword:
 * {@code {"service", "sha256", "result": {plain values}, "authentic", "resultCode"?}}. In a chunk
 * the hash is not needed (the chunk is inside the image it describes).
 */
public final class Fixtures {

  /** A parsed fixture. {@code sha256} is null when it came from a chunk without one. */
  public record Parsed(KeyService service, String sha256, MockState.Recognition recognition) {}

  private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

  private Fixtures() {}

  /**
   * Parses a fixture object.
   *
   * @throws IllegalArgumentException naming the field that is wrong
   */
  @SuppressWarnings("unchecked")
  public static Parsed parse(Map<String, Object> json, boolean needsHash) {
    KeyService service = service(Json.text(json, "service"));
    String sha = Json.text(json, "sha256");
    if (needsHash && (sha == null || !SHA256.matcher(sha).matches())) {
      throw new IllegalArgumentException("'sha256' must be 64 hex digits");
    }
    Object result = json.get("result");
    Integer code = null;
    if (json.get("resultCode") instanceof Number n) {
      code = n.intValue();
    }
    if (!(result instanceof Map<?, ?>) && code == null) {
      throw new IllegalArgumentException("'result' must be a JSON object");
    }
    Object authentic = json.getOrDefault("authentic", Boolean.TRUE);
    if (!(authentic instanceof Boolean)) {
      throw new IllegalArgumentException("'authentic' must be true or false");
    }
    Map<String, Object> plain = result instanceof Map<?, ?>
        ? (Map<String, Object>) Json.deepCopy(result) : Map.of();
    if (service == KeyService.ID_CARD && code == null && !(plain.get("idType") instanceof String)) {
      throw new IllegalArgumentException("'result.idType' must be resident, driver or passport");
    }
    return new Parsed(service, sha == null ? null : sha.toLowerCase(java.util.Locale.ROOT),
        new MockState.Recognition(plain, (Boolean) authentic, code));
  }

  /** The fixture in an image's {@code ocr-mock} chunk, if it parses. */
  static Optional<Parsed> fromChunk(String text) {
    try {
      return Optional.of(parse(Json.readObject(text), false));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static KeyService service(String name) {
    for (KeyService s : KeyService.values()) {
      if (s.wireName().equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException("'service' must be credit-card or id-card");
  }
}
