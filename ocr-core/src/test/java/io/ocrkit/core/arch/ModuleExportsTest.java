package io.ocrkit.core.arch;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.service.OcrService;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the core's module exports, read from its compiled {@code module-info}: tests run on the
 * class path, where JPMS would not notice an export gone too wide.
 */
class ModuleExportsTest {

  private static ModuleDescriptor descriptor() throws Exception {
    Path classes = Path.of(OcrService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    } catch (IOException e) {
      throw new AssertionError("the core's module-info.class is not next to its classes", e);
    }
  }

  @Test
  void the_api_packages_are_exported_to_everyone_and_the_rest_only_to_the_adapters_that_need_them()
      throws Exception {
    Map<String, Set<String>> exports = descriptor().exports().stream()
        .collect(Collectors.toMap(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets));

    assertThat(exports).containsOnly(
        Map.entry("io.ocrkit.core.model", Set.of()),
        Map.entry("io.ocrkit.core.port.in", Set.of()),
        Map.entry("io.ocrkit.core.port.out", Set.of()),
        Map.entry("io.ocrkit.core.protocol", Set.of()),
        Map.entry("io.ocrkit.core.validation", Set.of()),
        Map.entry("io.ocrkit.core.service", Set.of("io.ocrkit.http")),
        Map.entry("io.ocrkit.core.internal", Set.of("io.ocrkit.crypto", "io.ocrkit.http", "io.ocrkit.mock", "io.ocrkit.cli")));
  }

  @Test
  void the_core_requires_nothing_but_the_jdk() throws Exception {
    assertThat(descriptor().requires()).extracting(ModuleDescriptor.Requires::name).containsOnly("java.base");
  }
}
