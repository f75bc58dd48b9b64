package io.ocrkit.http.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.ocrkit.http.OcrClient;
import org.junit.jupiter.api.Test;

/**
 * Pins the adapter's shape: the core's use cases are reached through {@link OcrClient} alone, the
 * API does not speak in wire DTOs, and crypto stays in ocr-crypto.
 *
 * <p>Plain Jupiter tests, as in the core: the ArchUnit JUnit engine discovers nothing next to
 * JUnit 5.14.
 */
class HttpAdapterArchitectureTest {

  private static final JavaClasses ADAPTER = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.ocrkit.http");

  private static final ArchRule only_the_client_depends_on_the_core_service = noClasses()
      .that().resideInAPackage("io.ocrkit.http..")
      .and().doNotBelongToAnyOf(OcrClient.class)
      .should().dependOnClassesThat().resideInAPackage("io.ocrkit.core.service..")
      .because("OcrClient is the one place the core's use cases are wired and called");

  private static final ArchRule nothing_in_the_adapter_sees_a_cipher = noClasses()
      .that().resideInAPackage("io.ocrkit.http..")
      .should().dependOnClassesThat().resideInAPackage("javax.crypto..")
      .because("envelopes are sealed in ocr-crypto; the adapter only carries their output");

  private static final ArchRule the_wire_dtos_stay_behind_the_json_mapping = noClasses()
      .that().resideInAPackage("io.ocrkit.http")
      .should().dependOnClassesThat().resideInAPackage("io.ocrkit.http.internal.wire..")
      .because("the API speaks in the core's types; JSON shapes are the mapping's business");

  /** The rules would pass on nothing: the import must hold the client, which does use the service. */
  @Test
  void the_rules_see_the_adapter_and_the_dependency_they_allow() {
    assertThat(ADAPTER.contain(OcrClient.class)).isTrue();
    assertThat(ADAPTER.get(OcrClient.class).getDirectDependenciesFromSelf())
        .anyMatch(d -> d.getTargetClass().getPackageName().equals("io.ocrkit.core.service"));
  }

  @Test
  void only_the_client_depends_on_the_core_service() {
    only_the_client_depends_on_the_core_service.check(ADAPTER);
  }

  @Test
  void nothing_in_the_adapter_sees_a_cipher() {
    nothing_in_the_adapter_sees_a_cipher.check(ADAPTER);
  }

  @Test
  void the_wire_dtos_stay_behind_the_json_mapping() {
    the_wire_dtos_stay_behind_the_json_mapping.check(ADAPTER);
  }
}
