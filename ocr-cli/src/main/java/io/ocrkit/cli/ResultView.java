package io.ocrkit.cli;

import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.Finding;
import io.ocrkit.core.model.IdCard;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.Quadrilateral;
import io.ocrkit.core.model.Recognized;
import io.ocrkit.core.model.SensitiveValue;
import io.ocrkit.core.internal.ShapeMask;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Results in the API's {@code result} shape with decrypted values, as the CLI prints them.
 * Every personal value goes through {@link #show}, every other key value through {@link #showByShape}:
 * masked unless the user asked with {@code --reveal}.
 */
final class ResultView {

  private final boolean reveal;

  ResultView(boolean reveal) {
    this.reveal = reveal;
  }

  String show(SensitiveValue value) {
    return reveal ? value.reveal() : value.masked();
  }

  /** A value its key calls non-personal, masked anyway where it looks like a resident or card number. */
  String showByShape(String value) {
    return reveal ? value : ShapeMask.mask(value);
  }

  Map<String, Object> creditCard(CreditCard card) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("fileType", card.fileType().wireName());
    out.put("resolution", card.resolution().wireName());
    List<Object> groups = new ArrayList<>();
    for (Recognized<? extends SensitiveValue> group : card.numberGroups()) {
      groups.add(confValue(show(group.value()), group.confidence()));
    }
    out.put("cardNums", groups);
    card.number().ifPresent(n -> out.put("totalCardNum", show(n)));
    out.put("cardNumBoxes", card.numberBoxes().stream().map(ResultView::box).toList());
    card.validThru().ifPresent(v -> out.put("validThru", confValue(show(v.value()), v.confidence())));
    if (card.validThruBox() != null) {
      out.put("validThruBox", box(card.validThruBox()));
    }
    putFindings(out, card.findings());
    return out;
  }

  Map<String, Object> idCard(IdCardScan scan) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("fileType", scan.fileType().wireName());
    out.put("resolution", scan.resolution().wireName());
    out.put("idType", scan.idType().wireName());
    List<Object> keyValues = new ArrayList<>();
    scan.card().keyValues().asMap().forEach((key, reading) -> {
      Map<String, Object> kv = new LinkedHashMap<>();
      kv.put("key", key);
      kv.put("value", IdCard.NON_PERSONAL_KEYS.contains(key) ? showByShape(reading.value().reveal())
          : show(reading.value()));
      kv.put("conf", reading.confidence());
      if (reading.box() != null) {
        kv.put("bbox", box(reading.box()));
      }
      keyValues.add(kv);
    });
    out.put("keyValues", keyValues);
    out.put("boxes", scan.boxes().stream().map(ResultView::box).toList());
    // The Request-Key is printed whole: it is the handle `ocr verify` needs, and holds no personal data.
    scan.requestKey().ifPresent(k -> {
      out.put("requestKey", k.reveal());
      k.expiresAt().ifPresent(t -> out.put("requestKeyExpiresAt", t.toString()));
    });
    putFindings(out, scan.findings());
    return out;
  }

  /** Always present, an empty array when the checks found nothing: one shape for scripts. */
  private static void putFindings(Map<String, Object> out, List<Finding> findings) {
    List<Object> list = new ArrayList<>();
    for (Finding f : findings) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", f.code());
      m.put("field", f.field());
      m.put("severity", f.severity().name());
      m.put("message", f.message());
      list.add(m);
    }
    out.put("findings", list);
  }

  private static Map<String, Object> confValue(String value, double conf) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", value);
    m.put("conf", conf);
    return m;
  }

  private static Map<String, Object> box(Quadrilateral q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("x1", q.x1());
    m.put("y1", q.y1());
    m.put("x2", q.x2());
    m.put("y2", q.y2());
    m.put("x3", q.x3());
    m.put("y3", q.y3());
    m.put("x4", q.x4());
    m.put("y4", q.y4());
    return m;
  }
}
