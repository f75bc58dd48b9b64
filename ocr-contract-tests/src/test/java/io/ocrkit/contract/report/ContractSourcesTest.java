package io.ocrkit.contract.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.contract.Contract;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ContractSourcesTest {

  @Test
  void every_contract_names_where_its_expectation_comes_from() throws Exception {
    List<String> ids = contractIds();

    assertThat(ids).as("contracts found").hasSizeGreaterThan(20);
    assertThat(ids).allSatisfy(id -> assertThat(ContractSources.of(id))
        .as("source of contract %s (add it to ContractSources)", id).isPresent());
  }

  @Test
  void the_report_shows_the_source_of_each_contract() {
    assertThat(ContractSources.of("error.oversize").orElseThrow().cell())
        .isEqualTo("project decision (docs/protocol.md §10)");
    assertThat(ContractSources.of("authenticity.passport").orElseThrow().source())
        .isEqualTo(ContractSources.Source.RELEASE_NOTES);
  }

  /** Every {@link Contract} id of the classes beside {@link Contract}, read from the compiled tests. */
  private static List<String> contractIds() throws URISyntaxException, Exception {
    Path dir = Path.of(Contract.class.getResource("Contract.class").toURI()).getParent();
    List<String> ids = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith("Contracts.class")).toList()) {
        String name = file.getFileName().toString().replace(".class", "");
        for (Method method : Class.forName(Contract.class.getPackageName() + "." + name).getDeclaredMethods()) {
          Contract contract = method.getAnnotation(Contract.class);
          if (contract != null) {
            ids.add(contract.id());
          }
        }
      }
    }
    return ids;
  }
}
