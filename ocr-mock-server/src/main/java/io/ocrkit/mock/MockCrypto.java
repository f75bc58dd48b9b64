package io.ocrkit.mock;

import io.ocrkit.crypto.server.BouncyCastleServerEnvelopeCrypto;
import io.ocrkit.crypto.server.JcaServerEnvelopeCrypto;
import io.ocrkit.crypto.server.ServerEnvelopeCrypto;
import java.util.Locale;

/**
 * The primitives the mock opens envelopes with. The JDK's are the default because they run at the
 * machine's speed (AES-NI); BouncyCastle's pure-Java engines share no code with the SDK's default,
 * and the contract suite runs against both.
 */
public enum MockCrypto {
  /** The JDK's own providers. */
  JCA("jca"),
  /** BouncyCastle's lightweight engines. */
  BOUNCY_CASTLE("bc");

  private final String option;

  MockCrypto(String option) {
    this.option = option;
  }

  /**
   * The name on the command line: {@code jca} or {@code bc}.
   *
   * @return the option's value
   */
  public String option() {
    return option;
  }

  /**
   * The choice a command-line name or system property names, case-insensitive.
   *
   * @throws IllegalArgumentException naming the accepted values
   * @param name {@code jca}, {@code bc} or a constant's name; not null
   * @return the choice
   */
  public static MockCrypto fromOption(String name) {
    for (MockCrypto c : values()) {
      if (c.option.equalsIgnoreCase(name.strip()) || c.name().equalsIgnoreCase(name.strip())) {
        return c;
      }
    }
    throw new IllegalArgumentException("crypto must be 'jca' or 'bc', not '" + name.toLowerCase(Locale.ROOT) + "'");
  }

  ServerEnvelopeCrypto create() {
    return this == JCA ? new JcaServerEnvelopeCrypto() : new BouncyCastleServerEnvelopeCrypto();
  }
}
