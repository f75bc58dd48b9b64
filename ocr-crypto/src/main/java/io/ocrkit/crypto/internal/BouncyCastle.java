package io.ocrkit.crypto.internal;

import java.util.function.BooleanSupplier;

/**
 * Whether BouncyCastle is there. It is an optional dependency of {@code ocr-crypto}: an SDK user
 * who picks a BouncyCastle adapter without adding it must learn so when constructing the
 * adapter, not from a {@link NoClassDefFoundError} in the middle of a request.
 */
public final class BouncyCastle {

  /** The Maven coordinates to add. */
  public static final String ARTIFACT = "org.bouncycastle:bcprov-jdk18on";

  private static final String PROBE_CLASS = "org.bouncycastle.crypto.engines.AESEngine";

  private BouncyCastle() {}

  /**
   * @throws IllegalStateException naming {@link #ARTIFACT} if BouncyCastle cannot be loaded
   */
  public static void require(Class<?> adapter) {
    require(adapter, BouncyCastle::present);
  }

  static void require(Class<?> adapter, BooleanSupplier present) {
    if (!present.getAsBoolean()) {
      throw new IllegalStateException(adapter.getSimpleName() + " needs BouncyCastle, which is not on the path:"
          + " add the dependency " + ARTIFACT + " (on the module path, also resolve the module"
          + " org.bouncycastle.provider), or use JcaEnvelopeCrypto, which needs only the JDK");
    }
  }

  private static boolean present() {
    try {
      Class.forName(PROBE_CLASS, false, BouncyCastle.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError missing) {
      return false;
    }
  }
}
