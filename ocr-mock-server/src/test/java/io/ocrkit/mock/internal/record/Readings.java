package io.ocrkit.mock.internal.record;

import io.ocrkit.core.model.CardExpiry;
import io.ocrkit.core.model.CardNumber;
import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.FileType;
import io.ocrkit.core.model.Finding;
import io.ocrkit.core.model.IdCard;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.IdType;
import io.ocrkit.core.model.KeyValues;
import io.ocrkit.core.model.Recognized;
import io.ocrkit.core.model.Resolution;
import io.ocrkit.core.model.SensitiveText;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.validation.StandardValidator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plain {@code result} map read into the SDK's model as its answer reader does (the last value
 * of a key wins, a missing confidence is 0), and judged by the SDK's standard validator.
 */
final class Readings {

  /** "Today" of every test here: the recorder's clock and the validator's read the same day. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Seoul"));
  static final StandardValidator VALIDATOR = StandardValidator.create(CLOCK);

  private Readings() {}

  static List<Finding> findings(KeyService service, Map<String, Object> result) {
    return service == KeyService.CREDIT_CARD ? VALIDATOR.check(card(result)) : VALIDATOR.check(scan(result));
  }

  private static CreditCard card(Map<String, Object> result) {
    List<Recognized<SensitiveText>> groups = new ArrayList<>();
    if (result.get("cardNums") instanceof List<?> list) {
      for (Object g : list) {
        Map<?, ?> group = (Map<?, ?>) g;
        groups.add(new Recognized<>(SensitiveText.of((String) group.get("value")), conf(group)));
      }
    }
    Optional<Recognized<CardExpiry>> validThru = Optional.ofNullable((Map<?, ?>) result.get("validThru"))
        .map(v -> new Recognized<>(CardExpiry.of((String) v.get("value")), conf(v)));
    return new CreditCard(FileType.JPG, Resolution.NORMAL, groups,
        Optional.ofNullable((String) result.get("totalCardNum")).map(CardNumber::of), List.of(), validThru, null,
        List.of());
  }

  private static IdCardScan scan(Map<String, Object> result) {
    Map<String, Recognized<SensitiveText>> values = new LinkedHashMap<>();
    for (Object e : (List<?>) result.get("keyValues")) {
      Map<?, ?> kv = (Map<?, ?>) e;
      values.put((String) kv.get("key"), new Recognized<>(SensitiveText.of((String) kv.get("value")), conf(kv)));
    }
    IdType type = IdType.fromWire((String) result.get("idType")).orElseThrow();
    return new IdCardScan(FileType.JPG, Resolution.NORMAL, IdCard.of(type, KeyValues.of(values)), List.of(),
        Optional.empty(), List.of());
  }

  private static double conf(Map<?, ?> reading) {
    return reading.get("conf") instanceof Number n ? n.doubleValue() : 0.0;
  }
}
