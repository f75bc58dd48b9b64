package io.ocrkit.mock.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mock's launchers answer Jetty's question about reference size themselves, as the JVM would. */
class JettyMemoryProbeTest {

  private String before;

  @BeforeEach
  void remember() {
    before = System.getProperty(JettyMemoryProbe.PROPERTY);
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(JettyMemoryProbe.PROPERTY);
    } else {
      System.setProperty(JettyMemoryProbe.PROPERTY, before);
    }
  }

  @Test
  void a_heap_below_32_gib_has_compressed_references_sixteen_to_a_cache_line() {
    assertThat(JettyMemoryProbe.referencesPerCacheLine(6L << 30)).isEqualTo(16);
  }

  @Test
  void a_heap_of_32_gib_or_more_has_full_references_eight_to_a_cache_line() {
    assertThat(JettyMemoryProbe.referencesPerCacheLine(32L << 30)).isEqualTo(8);
  }

  @Test
  void skip_sets_the_property_jetty_reads_instead_of_asking_jmx() {
    System.clearProperty(JettyMemoryProbe.PROPERTY);

    JettyMemoryProbe.skip();

    assertThat(System.getProperty(JettyMemoryProbe.PROPERTY))
        .isEqualTo(String.valueOf(JettyMemoryProbe.referencesPerCacheLine(Runtime.getRuntime().maxMemory())));
  }

  @Test
  void a_value_the_user_set_is_kept() {
    System.setProperty(JettyMemoryProbe.PROPERTY, "3");

    JettyMemoryProbe.skip();

    assertThat(System.getProperty(JettyMemoryProbe.PROPERTY)).isEqualTo("3");
  }
}
