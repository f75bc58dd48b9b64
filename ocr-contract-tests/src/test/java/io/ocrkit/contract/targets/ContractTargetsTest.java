package io.ocrkit.contract.targets;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.contract.Contract;
import io.ocrkit.contract.Contract.RunsOn;
import io.ocrkit.contract.Contract.Via;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The skip rules: a target is never left out silently. Settings come from system properties here. */
class ContractTargetsTest {

  private static final List<String> PROPERTIES = List.of(
      "ocr.contract.target", "ocr.base.url", "ocr.app.key", "ocr.secret.key", "ocr.samples.dir");

  /** The settings this run was started with: put back after each test, so the contracts see them. */
  private final Map<String, String> saved = new HashMap<>();

  @BeforeEach
  void saveAndClearSettings() {
    for (String name : PROPERTIES) {
      String value = System.getProperty(name);
      if (value != null) {
        saved.put(name, value);
      }
      // Blank, not absent: a blank setting counts as unset and hides the environment variable.
      System.setProperty(name, "");
    }
  }

  @AfterEach
  void restoreSettings() {
    for (String name : PROPERTIES) {
      if (saved.containsKey(name)) {
        System.setProperty(name, saved.get(name));
      } else {
        System.clearProperty(name);
      }
    }
  }

  @Test
  void the_real_target_is_skipped_by_default_with_the_settings_it_would_need() {
    System.setProperty("ocr.contract.target", "mock");

    assertThat(ContractTargets.skipReason("real", contract("both")))
        .contains("OCR_CONTRACT_TARGET=real").contains("OCR_BASE_URL").contains("OCR_SAMPLES_DIR");
    assertThat(ContractTargets.skipReason("mock", contract("both"))).isNull();
  }

  @Test
  void an_unconfigured_real_target_is_a_failure_naming_what_is_missing_not_a_skip() {
    System.setProperty("ocr.contract.target", "real");
    System.setProperty("ocr.base.url", "https://ocr.example.invalid");

    assertThat(ContractTargets.skipReason("real", contract("both"))).isNull();
    assertThat(ContractTargets.configurationError("real"))
        .contains("not configured").contains("OCR_APP_KEY").contains("OCR_SECRET_KEY").doesNotContain("OCR_BASE_URL");
    assertThat(ContractTargets.configurationError("mock")).isNull();
  }

  @Test
  void a_real_target_that_was_not_chosen_is_no_configuration_error() {
    System.setProperty("ocr.contract.target", "mock");

    assertThat(ContractTargets.configurationError("real")).isNull();
  }

  @Test
  void a_mock_only_contract_is_skipped_on_the_real_target_with_its_reason() {
    System.setProperty("ocr.contract.target", "both");

    assertThat(ContractTargets.skipReason("real", contract("passport")))
        .startsWith("mock only: ").contains("2026-05-27");
    assertThat(ContractTargets.skipReason("mock", contract("passport"))).isNull();
  }

  @Test
  void the_mock_is_skipped_when_only_the_real_service_was_chosen() {
    System.setProperty("ocr.contract.target", "real");

    assertThat(ContractTargets.skipReason("mock", contract("both"))).contains("'real'");
  }

  private static Contract contract(String method) {
    try {
      return Samples.class.getDeclaredMethod(method).getAnnotation(Contract.class);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  /** Annotations to read; never run (not test templates of a test class Surefire picks up). */
  static final class Samples {
    @Contract(id = "x.both", via = Via.WIRE_JDK)
    void both() {}

    @Contract(id = "x.passport", via = Via.WIRE_JDK, runsOn = RunsOn.MOCK_ONLY,
        reason = "stopped on the live service on 2026-05-27")
    void passport() {}
  }
}
