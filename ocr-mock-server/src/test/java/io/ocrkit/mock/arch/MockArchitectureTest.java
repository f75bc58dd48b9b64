package io.ocrkit.mock.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Pins the mock's independence: it speaks the protocol from the core's facts and the crypto
 * module's server half, never through the SDK it is a stand-in for. Plain Jupiter tests, as in
 * the core: the ArchUnit JUnit engine discovers nothing next to JUnit 5.14.
 */
class MockArchitectureTest {

  private static final JavaClasses MOCK = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.ocrkit.mock");

  private static final ArchRule the_mock_never_uses_the_sdk = noClasses()
      .that().resideInAPackage("io.ocrkit.mock..")
      .should().dependOnClassesThat().resideInAPackage("io.ocrkit.http..")
      .because("a mock built on the SDK would agree with the SDK's bugs instead of the protocol");

  private static final ArchRule only_the_launcher_uses_picocli = noClasses()
      .that().resideInAPackage("io.ocrkit.mock..").and().resideOutsideOfPackage("io.ocrkit.mock.launch")
      .should().dependOnClassesThat().resideInAPackage("picocli..")
      .because("the command line is the launcher's business, not the library's");

  private static final ArchRule the_api_package_hides_javalin = noClasses()
      .that().resideInAPackage("io.ocrkit.mock")
      .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
      .because("the server technology stays in io.ocrkit.mock.internal");

  @Test
  void the_mock_never_imports_the_sdk() {
    the_mock_never_uses_the_sdk.check(MOCK);
  }

  @Test
  void picocli_stays_in_the_launcher() {
    only_the_launcher_uses_picocli.check(MOCK);
  }

  @Test
  void javalin_stays_out_of_the_api_package() {
    the_api_package_hides_javalin.check(MOCK);
  }

  @Test
  void the_rules_see_the_mock_classes() {
    org.assertj.core.api.Assertions.assertThat(MOCK.contain("io.ocrkit.mock.MockOcrServer")).isTrue();
  }
}
