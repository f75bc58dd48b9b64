package io.ocrkit.http.internal;

import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.port.out.Wire;
import io.ocrkit.http.internal.wire.Answers;
import io.ocrkit.http.internal.wire.BoxDto;
import io.ocrkit.http.internal.wire.ConfValueDto;
import io.ocrkit.http.internal.wire.CreditCardDto;
import io.ocrkit.http.internal.wire.HeaderDto;
import io.ocrkit.http.internal.wire.IdCardDto;
import io.ocrkit.http.internal.wire.KeyValueDto;
import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The wire format in JSON, mapped with JSON-B (Yasson) through the DTOs of {@code wire}, then
 * copied into the core's {@link Wire} records. Failures name the operation, never a value: an
 * answer's fields are ciphertext or personal data.
 */
public final class WireJson {

  // Result codes and box corners bind to BigDecimal, whose parse takes time quadratic in the digits
  // (a million-digit number about 15 s of the caller's thread); no number of the protocol comes near.
  private static final int MAX_NUMBER_CHARS = 1000;

  /**
   * Fields only, private ones included: the DTOs keep their fields private and offer accessors
   * for this class, which JSON-B must not take for properties. Private fields are reached by deep
   * reflection, which {@code opens io.ocrkit.http.internal.wire to org.eclipse.yasson} allows on
   * the module path without exporting the package (Yasson 3.0.4 would need an export to read
   * public fields through {@code MethodHandles.publicLookup()}).
   */
  private static final PropertyVisibilityStrategy FIELDS_ONLY = new PropertyVisibilityStrategy() {
    @Override
    public boolean isVisible(Field field) {
      return true;
    }

    @Override
    public boolean isVisible(Method method) {
      return false;
    }
  };

  private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withPropertyVisibilityStrategy(FIELDS_ONLY));

  public WireJson() {}

  /** One parsed answer: the header, and the result when the service sent one. */
  record Parsed<R>(Wire.Header header, R result) {}

  Parsed<Wire.PublicKey> publicKey(String operation, String json) {
    Answers.PublicKey a = read(operation, json, Answers.PublicKey.class);
    return new Parsed<>(header(operation, a.header()),
        a.result() == null ? null : new Wire.PublicKey(a.result().key(), a.result().version()));
  }

  Parsed<Wire.CreditCard> creditCard(String operation, String json) {
    Answers.CreditCard a = read(operation, json, Answers.CreditCard.class);
    Wire.Header header = header(operation, a.header());
    CreditCardDto r = a.result();
    if (r == null) {
      return new Parsed<>(header, null);
    }
    return new Parsed<>(header, new Wire.CreditCard(r.fileType(), r.resolution(),
        list(r.cardNums(), WireJson::confValue), r.totalCardNum(), list(r.cardNumBoxes(), b -> box(operation, b)),
        confValue(r.validThru()), box(operation, r.validThruBox())));
  }

  Parsed<Wire.IdCard> idCard(String operation, String json) {
    Answers.IdCard a = read(operation, json, Answers.IdCard.class);
    Wire.Header header = header(operation, a.header());
    IdCardDto r = a.result();
    if (r == null) {
      return new Parsed<>(header, null);
    }
    return new Parsed<>(header, new Wire.IdCard(r.fileType(), r.resolution(), r.idType(),
        list(r.keyValues(), kv -> keyValue(operation, kv)), list(r.boxes(), b -> box(operation, b))));
  }

  Parsed<Wire.Authenticity> authenticity(String operation, String json) {
    Answers.Authenticity a = read(operation, json, Answers.Authenticity.class);
    return new Parsed<>(header(operation, a.header()),
        a.result() == null ? null : new Wire.Authenticity(a.result().isAuthenticity()));
  }

  Answers.Token token(String json) {
    return read("token", json, Answers.Token.class);
  }

  /** The authenticity body: the fields in the order given, as one JSON object. */
  String object(Map<String, String> fields) {
    try {
      return jsonb.toJson(fields);
    } catch (JsonbException e) {
      throw new IllegalStateException("cannot write the authenticity body as JSON");
    }
  }

  /** Whether {@code body} looks like a JSON object at all (as opposed to a gateway's page). */
  static boolean looksLikeJsonObject(String body) {
    return body != null && body.stripLeading().startsWith("{");
  }

  private <T> T read(String operation, String json, Class<T> type) {
    requireWholeJson(operation, json);
    try {
      T parsed = jsonb.fromJson(json, type);
      if (parsed == null) {
        throw new OcrProtocolException(operation + " answered an empty body");
      }
      return parsed;
    } catch (JsonbException | ClassCastException e) {
      throw new OcrProtocolException(operation + " answered JSON that does not have the protocol's shape",
          WithheldCause.of(e));
    }
  }

  /**
   * Reads every token of {@code json} once, so that a truncated or over-deep body, or a number
   * long enough to parse slowly, fails here.
   * Yasson skips members it does not know with Parsson's {@code skipArray}/{@code skipObject}, which
   * spin forever at the end of a truncated body (Parsson 1.1.7; found by {@code WireJsonFuzzTest}):
   * {@code {"x":[} would hang the caller's thread. Answers are capped at 1 MiB, so reading twice is cheap.
   */
  private static void requireWholeJson(String operation, String json) {
    try (JsonParser parser = Json.createParser(new StringReader(json))) {
      while (parser.hasNext()) {
        if (parser.next() == JsonParser.Event.VALUE_NUMBER && parser.getString().length() > MAX_NUMBER_CHARS) {
          throw new OcrProtocolException(operation + " answered a number too long to be the protocol's");
        }
      }
    } catch (OcrProtocolException e) {
      throw e;
    } catch (RuntimeException e) {
      // JsonParsingException, or Parsson's nesting limit.
      throw new OcrProtocolException(operation + " answered JSON that does not have the protocol's shape",
          WithheldCause.of(e));
    }
  }

  private static Wire.Header header(String operation, HeaderDto h) {
    if (h == null || h.isSuccessful() == null || h.resultCode() == null) {
      throw new OcrProtocolException(operation + " answered without a header (isSuccessful, resultCode)");
    }
    return new Wire.Header(h.isSuccessful(), resultCode(operation, h), h.resultMessage());
  }

  /** The header's result code, present, as an int. */
  static int resultCode(String operation, HeaderDto h) {
    return exactInt(operation, h.resultCode(), "a result code");
  }

  /** {@code n} as an int, or a protocol fault naming {@code what}, never the number. */
  private static int exactInt(String operation, BigDecimal n, String what) {
    try {
      return n.intValueExact();
    } catch (ArithmeticException e) {
      throw new OcrProtocolException(operation + " answered " + what + " that is not a whole number in range");
    }
  }

  private static Wire.ConfValue confValue(ConfValueDto c) {
    return c == null ? null : new Wire.ConfValue(c.value(), c.conf());
  }

  private static Wire.KeyValue keyValue(String operation, KeyValueDto kv) {
    return kv == null ? null : new Wire.KeyValue(kv.key(), kv.value(), kv.conf(), box(operation, kv.bbox()));
  }

  private static Wire.Box box(String operation, BoxDto b) {
    if (b == null) {
      return null;
    }
    if (b.x1() == null || b.y1() == null || b.x2() == null || b.y2() == null
        || b.x3() == null || b.y3() == null || b.x4() == null || b.y4() == null) {
      throw new OcrProtocolException(operation + " answered a box without all four corners");
    }
    String corner = "a box corner";
    return new Wire.Box(exactInt(operation, b.x1(), corner), exactInt(operation, b.y1(), corner),
        exactInt(operation, b.x2(), corner), exactInt(operation, b.y2(), corner),
        exactInt(operation, b.x3(), corner), exactInt(operation, b.y3(), corner),
        exactInt(operation, b.x4(), corner), exactInt(operation, b.y4(), corner));
  }

  private static <D, W> List<W> list(List<D> dtos, Function<D, W> map) {
    return dtos == null ? null : dtos.stream().filter(Objects::nonNull).map(map).toList();
  }
}
