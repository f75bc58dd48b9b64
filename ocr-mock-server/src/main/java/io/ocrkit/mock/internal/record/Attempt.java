package io.ocrkit.mock.internal.record;

import io.ocrkit.core.protocol.EncryptedFields;
import io.ocrkit.core.protocol.FieldPath;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.mock.internal.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One try at a substitute under one set of draws. It fails, and the caller draws again, when a
 * date would cross a line a check draws, a disagreeing field could not be made to disagree, or a
 * real value (or four of its digits in a row) is still to be found in the result.
 */
final class Attempt {

  /** Plain members that describe the scan, not the person: kept wherever they are. */
  private static final Set<String> SAFE = Set.of("fileType", "resolution", "idType", "keyValues[].key");

  private Attempt() {}

  @SuppressWarnings("unchecked")
  static Optional<Map<String, Object>> run(KeyService service, Map<String, Object> plain, Draws draws, int attempt,
      LocalDate today) {
    Map<String, Object> copy = (Map<String, Object>) Json.deepCopy(plain);
    DateShift dates = DateShift.draw(draws, attempt, today);
    Numbers numbers = new Numbers(draws, dates);
    Zones zones = new Zones(draws, dates);
    Leaks leaks = new Leaks();
    CreditCards cards = new CreditCards(draws, numbers, leaks);
    if (service == KeyService.CREDIT_CARD) {
      cards.substitute(copy);
    } else if (copy.get("keyValues") instanceof List<?> keyValues) {
      new IdCards(draws, dates, numbers, new Passports(draws, dates, numbers, zones), leaks)
          .substitute(copy.get("idType"), keyValues);
    }
    Set<String> handled = EncryptedFields.of(service).stream().map(FieldPath::toString).collect(Collectors.toSet());
    Object swept = sweep(copy, "", handled, draws, leaks);
    if (dates.broken() || zones.broken() || cards.broken() || leaks.foundIn(swept)) {
      return Optional.empty();
    }
    return Optional.of((Map<String, Object>) swept);
  }

  /** Every string outside the known places replaced by a placeholder: nothing unknown is kept. */
  private static Object sweep(Object node, String path, Set<String> handled, Draws draws, Leaks leaks) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k),
          sweep(v, path.isEmpty() ? String.valueOf(k) : path + "." + k, handled, draws, leaks)));
      return out;
    }
    if (node instanceof List<?> list) {
      return list.stream().map(v -> sweep(v, path + "[]", handled, draws, leaks))
          .collect(Collectors.toCollection(ArrayList::new));
    }
    if (node instanceof String text && !SAFE.contains(path) && !handled.contains(path)) {
      leaks.replaced(text);
      return draws.placeholder(text);
    }
    return node;
  }
}
