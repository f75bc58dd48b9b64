package io.ocrkit.core.service;

import io.ocrkit.core.model.CardExpiry;
import io.ocrkit.core.model.CardNumber;
import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.FileType;
import io.ocrkit.core.model.IdCard;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.IdType;
import io.ocrkit.core.model.KeyValues;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.Quadrilateral;
import io.ocrkit.core.model.Recognized;
import io.ocrkit.core.model.RequestKey;
import io.ocrkit.core.model.Resolution;
import io.ocrkit.core.model.SensitiveText;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.port.out.Wire;
import io.ocrkit.core.protocol.KeyService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a successful answer into the domain: decrypts exactly the fields of
 * {@link io.ocrkit.core.protocol.EncryptedFields} (through {@link OpenedFields}) and refuses an
 * answer that lacks what the protocol promises.
 */
final class AnswerReader {

  private AnswerReader() {}

  static CreditCard creditCard(String operation, Wire.CreditCard result, Envelope envelope) {
    if (result == null) {
      throw new OcrProtocolException(operation + " answered success without a result");
    }
    OpenedFields opened = OpenedFields.open(operation, KeyService.CREDIT_CARD, result, envelope);
    List<Recognized<SensitiveText>> groups = new ArrayList<>();
    for (Wire.ConfValue group : nonNull(result.cardNums())) {
      groups.add(new Recognized<>(SensitiveText.of(opened.plaintext(group.value())), conf(operation, group.conf())));
    }
    Optional<CardNumber> number = Optional.ofNullable(result.totalCardNum())
        .map(cipher -> CardNumber.of(opened.plaintext(cipher)));
    Optional<Recognized<CardExpiry>> validThru = Optional.ofNullable(result.validThru())
        .filter(v -> v.value() != null)
        .map(v -> new Recognized<>(CardExpiry.of(opened.plaintext(v.value())), conf(operation, v.conf()),
            box(result.validThruBox())));
    return new CreditCard(
        fileType(operation, result.fileType()),
        resolution(operation, result.resolution()),
        groups,
        number,
        boxes(result.cardNumBoxes()),
        validThru,
        box(result.validThruBox()),
        List.of());
  }

  static IdCardScan idCard(String operation, Wire.IdCard result, Envelope envelope, Optional<RequestKey> requestKey) {
    if (result == null) {
      throw new OcrProtocolException(operation + " answered success without a result");
    }
    IdType idType = IdType.fromWire(result.idType())
        .orElseThrow(() -> new OcrProtocolException(operation + " answered an unknown idType"));
    OpenedFields opened = OpenedFields.open(operation, KeyService.ID_CARD, result, envelope);
    Map<String, Recognized<SensitiveText>> values = new LinkedHashMap<>();
    for (Wire.KeyValue kv : nonNull(result.keyValues())) {
      if (kv.key() == null || kv.value() == null) {
        throw new OcrProtocolException(operation + " answered a keyValue without key or value");
      }
      values.put(kv.key(), new Recognized<>(SensitiveText.of(opened.plaintext(kv.value())),
          conf(operation, kv.conf()), box(kv.bbox())));
    }
    return new IdCardScan(
        fileType(operation, result.fileType()),
        resolution(operation, result.resolution()),
        IdCard.of(idType, KeyValues.of(values)),
        boxes(result.boxes()),
        requestKey,
        List.of());
  }

  private static double conf(String operation, Double conf) {
    if (conf == null) {
      return 0.0;
    }
    if (!(conf >= 0.0 && conf <= 1.0)) {
      throw new OcrProtocolException(operation + " answered a confidence outside 0..1");
    }
    return conf;
  }

  private static FileType fileType(String operation, String wire) {
    return FileType.fromWire(wire)
        .orElseThrow(() -> new OcrProtocolException(operation + " answered an unknown fileType"));
  }

  private static Resolution resolution(String operation, String wire) {
    return Resolution.fromWire(wire)
        .orElseThrow(() -> new OcrProtocolException(operation + " answered an unknown resolution"));
  }

  private static List<Quadrilateral> boxes(List<Wire.Box> boxes) {
    return nonNull(boxes).stream().map(AnswerReader::box).toList();
  }

  private static Quadrilateral box(Wire.Box b) {
    return b == null ? null : new Quadrilateral(b.x1(), b.y1(), b.x2(), b.y2(), b.x3(), b.y3(), b.x4(), b.y4());
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
  }
}
