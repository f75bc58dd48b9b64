package io.ocrkit.cli.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Only {@code ocr-crypto} touches {@code javax.crypto}: the envelope lives behind the crypto port,
 * so no other module holds a {@code Cipher}, an IV or a key spec. Checked here because the CLI's
 * test path holds the main classes of every published module (core, crypto, http adapter, mock,
 * CLI). Tests are left out: the raw sealing clients of the mock's and the contract tests use JDK
 * crypto on purpose, to check the adapters against code they share nothing with.
 */
class CryptoConfinementTest {

  // Maven's test-classes and the test-jars of other modules (ArchUnit's DO_NOT_INCLUDE_TESTS misses the latter).
  private static final ImportOption MAIN_CLASSES_ONLY =
      location -> !location.contains("/test-classes/") && !location.contains("-tests.jar");

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(MAIN_CLASSES_ONLY)
      .importPackages("io.ocrkit");

  private static final ArchRule nothing_outside_ocr_crypto_uses_javax_crypto = noClasses()
      .that().resideOutsideOfPackage("io.ocrkit.crypto..")
      .should().dependOnClassesThat().resideInAPackage("javax.crypto..")
      .because("the envelope's ciphers stay behind the crypto port, in ocr-crypto");

  @Test
  void nothing_outside_ocr_crypto_uses_javax_crypto() {
    nothing_outside_ocr_crypto_uses_javax_crypto.check(MAIN);
  }

  @Test
  void the_main_classes_of_every_module_are_checked_and_no_test_class() {
    assertThat(MAIN.containPackage("io.ocrkit.core.service")).as("ocr-core").isTrue();
    assertThat(MAIN.containPackage("io.ocrkit.crypto")).as("ocr-crypto").isTrue();
    assertThat(MAIN.containPackage("io.ocrkit.http")).as("ocr-http-adapter").isTrue();
    assertThat(MAIN.containPackage("io.ocrkit.mock")).as("ocr-mock-server").isTrue();
    assertThat(MAIN.containPackage("io.ocrkit.cli")).as("ocr-cli").isTrue();
    assertThat(MAIN.containPackage("io.ocrkit.core.testing")).as("the core's test-jar").isFalse();
    assertThat(MAIN.containPackage("io.ocrkit.cli.arch")).as("these tests").isFalse();
  }

  @Test
  void the_rule_finds_javax_crypto_where_it_is_used() {
    ArchRule inCrypto = noClasses().that().resideInAPackage("io.ocrkit.crypto..")
        .should().dependOnClassesThat().resideInAPackage("javax.crypto..");

    assertThatThrownBy(() -> inCrypto.check(MAIN)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("javax.crypto.Cipher");
  }
}
