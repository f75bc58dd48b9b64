package io.ocrkit.mock.internal;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.protocol.EncryptedFields;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the mock "reads" in an image, and how that becomes an answer: a fixture registered by the
 * image's SHA-256 or carried in the image itself, else a deterministic default derived from the
 * hash; then the protocol's encrypted fields sealed under the request's key.
 */
final class Recogniser {

  private static final String FIXTURE_CHUNK_KEYWORD = "ocr-mock";

  private final MockState state;

  Recogniser(MockState state) {
    this.state = state;
  }

  MockState.Recognition recognise(KeyService service, byte[] image, Images.Info info) {
    byte[] sha = Sha256.digest(image);
    String hex = HexFormat.of().formatHex(sha);
    Optional<MockState.Recognition> fixture = state.fixtures().get(service, hex);
    if (fixture.isPresent()) {
      state.fixtures().seen(service, hex, image);
    } else {
      fixture = Images.fixtureText(image, FIXTURE_CHUNK_KEYWORD).flatMap(Fixtures::fromChunk)
          .map(chunk -> chunk.service() == service ? chunk.recognition() : notFound(service));
    }
    LocalDate today = LocalDate.ofInstant(state.clock().instant(), ZoneOffset.UTC);
    Map<String, Object> defaults = service == KeyService.CREDIT_CARD
        ? DefaultAnswers.creditCard(sha, info.width(), info.height(), today)
        : DefaultAnswers.idCard(sha, info.width(), info.height(), today);
    if (fixture.isPresent()) {
      return withBoxes(fixture.get(), defaults);
    }
    return new MockState.Recognition(defaults, true, null);
  }

  /**
   * An image that carries the fixture of the other service shows the other kind of document: the
   * service finds no card of the kind asked for in it, as it does for a licence sent as a credit card.
   */
  private static MockState.Recognition notFound(KeyService service) {
    ResultCode code = service == KeyService.CREDIT_CARD ? ResultCode.CREDIT_CARD_INFO_NOT_FOUND
        : ResultCode.ID_CARD_INFO_NOT_FOUND;
    return new MockState.Recognition(Map.of(), true, code.code());
  }

  /** Fixtures rarely bother with boxes, but every real answer has them: lend the default ones. */
  private static MockState.Recognition withBoxes(MockState.Recognition fixture, Map<String, Object> defaults) {
    if (fixture.result() == null || fixture.result().isEmpty()) {
      return fixture;
    }
    Map<String, Object> result = new LinkedHashMap<>(fixture.result());
    for (String boxes : List.of("cardNumBoxes", "validThruBox", "boxes")) {
      if (!result.containsKey(boxes) && defaults.containsKey(boxes)) {
        result.put(boxes, defaults.get(boxes));
      }
    }
    return new MockState.Recognition(result, fixture.authentic(), fixture.resultCode());
  }

  /** A copy of the plain result with the protocol's encrypted fields encrypted under the request's key. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> sealResult(KeyService service, Map<String, Object> plain, Envelope envelope) {
    Map<String, Object> result = (Map<String, Object>) Json.deepCopy(plain);
    result.remove("authentic");
    EncryptedFields.replaceIn(service, result, envelope::encryptField);
    return result;
  }

  /** The plain key → value pairs an ID scan read, for the authenticity check. */
  static Map<String, String> recognisedValues(Map<String, Object> result) {
    Map<String, String> values = new LinkedHashMap<>();
    if (result.get("keyValues") instanceof List<?> items) {
      for (Object item : items) {
        if (item instanceof Map<?, ?> kv && kv.get("key") != null && kv.get("value") != null) {
          values.putIfAbsent(String.valueOf(kv.get("key")), String.valueOf(kv.get("value")));
        }
      }
    }
    return values;
  }

  private static final List<String> FIRST = List.of("fileType", "resolution", "idType");

  static Map<String, Object> ordered(Map<String, Object> result) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String k : FIRST) {
      if (result.containsKey(k)) {
        out.put(k, result.get(k));
      }
    }
    result.forEach(out::putIfAbsent);
    return out;
  }

}
