package io.ocrkit.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyPairSourceTest {

  @Test
  void a_recycled_pair_is_handed_out_again_instead_of_a_new_one() {
    KeyPairSource source = new KeyPairSource.Pooled(new SecureRandom());
    KeyPair pair = source.take();
    source.recycle(List.of(pair));
    assertThat(source.take()).isSameAs(pair);
    assertThat(source.take()).isNotSameAs(pair);
  }

  @Test
  void versions_count_up_across_every_source_of_the_jvm() {
    KeyPairSource one = new KeyPairSource.Pooled(new SecureRandom());
    KeyPairSource other = new KeyPairSource.Pooled(new SecureRandom());
    long a = Long.parseLong(one.nextVersion());
    long b = Long.parseLong(other.nextVersion());
    long c = Long.parseLong(one.nextVersion());
    assertThat(b).isGreaterThan(a);
    assertThat(c).isGreaterThan(b);
  }

  @Test
  void the_shared_source_is_one_for_the_process() {
    assertThat(KeyPairSource.shared()).isSameAs(KeyPairSource.shared());
  }
}
