package io.ocrkit.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/** The openssl known-answer vectors of {@code src/test/resources/kat} (see its README.md). */
final class Kat {

  /** The plaintext sizes with a committed ciphertext. */
  static final int[] SIZES = {0, 1, 15, 16, 17, 31, 32, 1000, 65536, 65537};

  private static final Properties RSA = properties("rsa.properties");
  private static final Properties FIELDS = properties("fields.properties");

  private Kat() {}

  /** K, the AES-256 key every AES vector is encrypted under (IV = its first 16 bytes). */
  static byte[] aesKey() {
    return HexFormat.of().parseHex(new String(bytes("aes-key.hex"), StandardCharsets.US_ASCII).strip());
  }

  /** The first {@code n} bytes of the deterministic plaintext. */
  static byte[] plain(int n) {
    return Arrays.copyOf(bytes("plain.bin"), n);
  }

  /** What {@code openssl enc -aes-256-cbc} made of {@link #plain(int) plain(n)}. */
  static byte[] cipher(int n) {
    return bytes("aes-256-cbc-" + n + ".bin");
  }

  /** The text-field vectors: {plaintext, Base64 ciphertext}. */
  static List<String[]> fields() {
    List<String[]> fields = new ArrayList<>();
    for (int i = 1; FIELDS.containsKey("field." + i + ".plain"); i++) {
      fields.add(new String[] {FIELDS.getProperty("field." + i + ".plain"), FIELDS.getProperty("field." + i + ".cipher")});
    }
    return fields;
  }

  static String rsa(String name) {
    String value = RSA.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("no " + name + " in rsa.properties");
    }
    return value;
  }

  static byte[] rsaHex(String name) {
    return HexFormat.of().parseHex(rsa(name));
  }

  /** The openssl-made RSA-2048 private key, from its PKCS#8 DER. */
  static PrivateKey privateKey() {
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(rsa("rsa2048.private.pkcs8"))));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the committed PKCS#8 key does not load", e);
    }
  }

  static byte[] bytes(String name) {
    try (InputStream in = Kat.class.getResourceAsStream("/kat/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource kat/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties properties(String name) {
    try (InputStream in = Kat.class.getResourceAsStream("/kat/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource kat/" + name);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
