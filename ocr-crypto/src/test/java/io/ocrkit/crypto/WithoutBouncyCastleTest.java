package io.ocrkit.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.crypto.server.BouncyCastleServerEnvelopeCrypto;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import org.bouncycastle.crypto.engines.AESEngine;
import org.junit.jupiter.api.Test;

/**
 * BouncyCastle is optional: an SDK user without it keeps the JCA adapter, and one who picks a
 * BouncyCastle adapter without adding it is told which dependency to add when constructing it.
 * Each case loads this module in a class loader of its own that sees the core and the JDK, and
 * BouncyCastle only where said.
 */
class WithoutBouncyCastleTest {

  @Test
  void the_bouncy_castle_adapter_names_the_missing_dependency_when_constructed() throws Exception {
    try (URLClassLoader loader = loader(false)) {
      assertThatThrownBy(() -> construct(loader, BouncyCastleEnvelopeCrypto.class))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("org.bouncycastle:bcprov-jdk18on")
          .hasMessageContaining("BouncyCastleEnvelopeCrypto");
    }
  }

  @Test
  void the_bouncy_castle_server_adapter_names_the_missing_dependency_when_constructed() throws Exception {
    try (URLClassLoader loader = loader(false)) {
      assertThatThrownBy(() -> construct(loader, BouncyCastleServerEnvelopeCrypto.class))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("org.bouncycastle:bcprov-jdk18on");
    }
  }

  @Test
  void the_jca_adapter_parses_and_seals_without_bouncy_castle() throws Exception {
    try (URLClassLoader loader = loader(false)) {
      assertThat(sealsWith(loader, JcaEnvelopeCrypto.class)).hasSizeGreaterThan(300);
    }
  }

  @Test
  void with_bouncy_castle_on_the_path_the_same_loader_makes_a_working_adapter() throws Exception {
    try (URLClassLoader loader = loader(true)) {
      assertThat(sealsWith(loader, BouncyCastleEnvelopeCrypto.class)).hasSizeGreaterThan(300);
      assertThat(construct(loader, BouncyCastleServerEnvelopeCrypto.class)).isNotNull();
    }
  }

  /** The wrapped key of one envelope sealed by a fresh copy of {@code adapter}. */
  private static String sealsWith(ClassLoader loader, Class<?> adapter) throws Exception {
    Object crypto = construct(loader, adapter);
    Class<?> port = loader.loadClass(EnvelopeCrypto.class.getName());
    Class<?> service = loader.loadClass(KeyService.class.getName());
    Object key = port.getMethod("parsePublicKey", service, String.class, String.class)
        .invoke(crypto, service.getEnumConstants()[0], "1", Kat.rsa("rsa2048.public.spki"));
    try (AutoCloseable envelope = (AutoCloseable) port.getMethod("seal", key.getClass()).invoke(crypto, key)) {
      return (String) envelope.getClass().getMethod("wrappedKey").invoke(envelope);
    }
  }

  private static Object construct(ClassLoader loader, Class<?> adapter) throws Exception {
    Class<?> copy = loader.loadClass(adapter.getName());
    assertThat(copy).as("loaded apart from the test's own copy").isNotSameAs(adapter);
    try {
      return copy.getConstructor().newInstance();
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  /** This module's and the core's classes over the JDK; BouncyCastle's jar if asked. */
  private static URLClassLoader loader(boolean withBouncyCastle) {
    URL crypto = location(JcaEnvelopeCrypto.class);
    URL core = location(EnvelopeCrypto.class);
    URL[] path = withBouncyCastle ? new URL[] {crypto, core, location(AESEngine.class)} : new URL[] {crypto, core};
    return new URLClassLoader("without-test-path", path, ClassLoader.getPlatformClassLoader());
  }

  private static URL location(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }
}
