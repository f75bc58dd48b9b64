package io.ocrkit.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Pins the hexagon: the core depends on the JDK only, and its layers point inwards.
 *
 * <p>Rules are checked from plain Jupiter tests rather than the ArchUnit JUnit engine: with
 * JUnit 5.14 on the class path the ArchUnit 1.5.0 engine discovered nothing and the rules silently
 * did not run.
 */
class HexagonArchitectureTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.ocrkit.core");

  private static final ArchRule core_depends_on_nothing_but_the_core_and_java = classes()
      .that().resideInAPackage("io.ocrkit.core..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("io.ocrkit.core..", "java..")
      .because("the core is JDK-only: adapters bring the technology");

  private static final ArchRule core_uses_no_adapter_technology = noClasses()
      .that().resideInAPackage("io.ocrkit.core..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "javax..", "java.net.http..", "jakarta..", "org..", "com..", "java.sql..", "java.awt..")
      .because("crypto, HTTP and JSON belong to adapters");

  private static final ArchRule model_depends_on_no_port_service_or_validation = noClasses()
      .that().resideInAPackage("io.ocrkit.core.model..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "io.ocrkit.core.port..", "io.ocrkit.core.service..", "io.ocrkit.core.validation..");

  private static final ArchRule ports_do_not_depend_on_the_service = noClasses()
      .that().resideInAnyPackage("io.ocrkit.core.port..")
      .should().dependOnClassesThat().resideInAPackage("io.ocrkit.core.service..");

  private static final ArchRule outbound_ports_do_not_depend_on_inbound_ports = noClasses()
      .that().resideInAPackage("io.ocrkit.core.port.out..")
      .should().dependOnClassesThat().resideInAPackage("io.ocrkit.core.port.in..");

  private static final ArchRule validation_does_not_depend_on_ports_or_service = noClasses()
      .that().resideInAPackage("io.ocrkit.core.validation..")
      .should().dependOnClassesThat().resideInAnyPackage("io.ocrkit.core.port..", "io.ocrkit.core.service..");

  private static final ArchRule protocol_facts_depend_on_nothing_else_of_the_core = classes()
      .that().resideInAPackage("io.ocrkit.core.protocol..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("io.ocrkit.core.protocol..", "java..")
      .because("the mock reads the protocol's facts without the SDK's model or services");

  private static final ArchRule key_material_depends_on_the_jdk_only = classes()
      .that().resideInAPackage("io.ocrkit.core.internal..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("io.ocrkit.core.internal..", "java..");

  private static final ArchRule key_material_is_for_the_crypto_adapter_not_the_core = noClasses()
      .that().resideInAPackage("io.ocrkit.core..").and().resideOutsideOfPackage("io.ocrkit.core.internal..")
      .should().dependOnClassesThat().resideInAPackage("io.ocrkit.core.internal..")
      .because("the per-request key lives and dies inside the crypto adapter's envelope");

  private static final ArchRule no_one_in_the_core_sleeps_or_reads_the_system_clock_but_timing = noClasses()
      .that().resideInAPackage("io.ocrkit.core..").and().doNotHaveFullyQualifiedName(
          "io.ocrkit.core.service.Timing").and().doNotHaveFullyQualifiedName("io.ocrkit.core.service.Delay")
      .should().callMethod(System.class, "nanoTime")
      .orShould().callMethod(System.class, "currentTimeMillis")
      .orShould().callMethod(Thread.class, "sleep", long.class)
      .because("time comes in through constructors, so tests control it");

  private static final ArchRule only_the_service_implements_the_inbound_port = classes()
      .that().implement(io.ocrkit.core.port.in.DocumentOcr.class)
      .should().resideInAPackage("io.ocrkit.core.service..");

  @Test
  void core_depends_on_nothing_but_the_core_and_java() {
    core_depends_on_nothing_but_the_core_and_java.check(CORE);
  }

  @Test
  void core_uses_no_adapter_technology() {
    core_uses_no_adapter_technology.check(CORE);
  }

  @Test
  void model_depends_on_no_port_service_or_validation() {
    model_depends_on_no_port_service_or_validation.check(CORE);
  }

  @Test
  void ports_do_not_depend_on_the_service() {
    ports_do_not_depend_on_the_service.check(CORE);
  }

  @Test
  void outbound_ports_do_not_depend_on_inbound_ports() {
    outbound_ports_do_not_depend_on_inbound_ports.check(CORE);
  }

  @Test
  void validation_does_not_depend_on_ports_or_service() {
    validation_does_not_depend_on_ports_or_service.check(CORE);
  }

  @Test
  void protocol_facts_depend_on_nothing_else_of_the_core() {
    protocol_facts_depend_on_nothing_else_of_the_core.check(CORE);
  }

  @Test
  void key_material_depends_on_the_jdk_only() {
    key_material_depends_on_the_jdk_only.check(CORE);
  }

  @Test
  void key_material_is_for_the_crypto_adapter_not_the_core() {
    key_material_is_for_the_crypto_adapter_not_the_core.check(CORE);
  }

  @Test
  void no_one_in_the_core_sleeps_or_reads_the_system_clock_but_timing() {
    no_one_in_the_core_sleeps_or_reads_the_system_clock_but_timing.check(CORE);
  }

  @Test
  void only_the_service_implements_the_inbound_port() {
    only_the_service_implements_the_inbound_port.check(CORE);
  }
}
