package io.ocrkit.contract;

import io.ocrkit.contract.targets.ContractTarget;
import io.ocrkit.contract.targets.MockTarget;
import io.ocrkit.contract.targets.SampleKind;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Fixture set-ups for mock-only contracts; they need a target with the fixtures capability. */
final class Fixtures {

  private Fixtures() {}

  /** The resident sample now reads as before, but the service holds the ID as not authentic. */
  static void residentNotAuthentic(ContractTarget target, byte[] image) {
    mock(target).registerSample(SampleKind.RESIDENT, false);
  }

  static MockTarget mock(ContractTarget target) {
    Assumptions.assumeTrue(target instanceof MockTarget, "needs the mock's fixtures");
    return (MockTarget) target;
  }

  /** What the sample of this kind reads as, in plain values, when the target is the mock; else empty. */
  static Optional<JsonObject> expected(ContractTarget target, SampleKind kind) {
    return target instanceof MockTarget mock ? Optional.of(mock.fixture(kind)) : Optional.empty();
  }

  /** A fixture's {@code keyValues} as key → plain value, in order. */
  static Map<String, String> keyValues(JsonObject fixture) {
    Map<String, String> values = new LinkedHashMap<>();
    fixture.getJsonArray("keyValues").getValuesAs(JsonObject.class)
        .forEach(kv -> values.putIfAbsent(kv.getString("key"), kv.getString("value")));
    return values;
  }

  /** A credit-card fixture's {@code cardNums} values, in order. */
  static List<String> cardNums(JsonObject fixture) {
    return fixture.getJsonArray("cardNums").getValuesAs(JsonObject.class).stream()
        .map(group -> group.getString("value")).toList();
  }
}
