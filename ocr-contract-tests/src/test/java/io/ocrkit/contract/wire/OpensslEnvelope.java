package io.ocrkit.contract.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * {@link HandEnvelope} made by the {@code openssl} command-line tool: {@code openssl rand} for the
 * key, {@code openssl pkeyutl} (PKCS#1 v1.5) to wrap it under the service's key written as PEM,
 * {@code openssl enc -aes-256-cbc -K key -iv key[0..16)} for payload and fields. Java only moves
 * bytes and Base64 text, so the target is checked against a crypto stack that is not Java's.
 *
 * <p>The key lives in a private temporary folder, deleted by {@link #close()}.
 */
public final class OpensslEnvelope implements HandEnvelope {

  private final Path dir;
  private final String keyVersion;
  private final String keyHex;
  private final String ivHex;
  private int files;

  private OpensslEnvelope(Path dir, String keyVersion, String keyHex) {
    this.dir = dir;
    this.keyVersion = keyVersion;
    this.keyHex = keyHex;
    this.ivHex = keyHex.substring(0, 32);
  }

  /** Whether the openssl tool can be run on this machine. */
  public static boolean available() {
    return Openssl.available();
  }

  /** A fresh envelope for one request: {@code openssl rand 32}, wrapped under the service key. */
  public static OpensslEnvelope fresh(ServiceKey serviceKey) {
    try {
      Path dir = Files.createTempDirectory("ocr-contract-openssl");
      Files.writeString(dir.resolve("service.pem"), serviceKey.pem(), StandardCharsets.US_ASCII);
      Openssl.run(dir, "rand", "-out", "key.bin", "32");
      String keyHex = HexFormat.of().formatHex(Files.readAllBytes(dir.resolve("key.bin")));
      return new OpensslEnvelope(dir, serviceKey.version(), keyHex);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare an openssl envelope", e);
    }
  }

  @Override
  public String wrappedKey() {
    Openssl.run(dir, "pkeyutl", "-encrypt", "-pubin", "-inkey", "service.pem",
        "-pkeyopt", "rsa_padding_mode:pkcs1", "-in", "key.bin", "-out", "wrapped.bin");
    return Base64.getEncoder().encodeToString(read("wrapped.bin"));
  }

  @Override
  public String keyVersion() {
    return keyVersion;
  }

  @Override
  public byte[] encrypt(byte[] plaintext) {
    String in = write(plaintext);
    String out = "out-" + (++files);
    Openssl.run(dir, "enc", "-aes-256-cbc", "-K", keyHex, "-iv", ivHex, "-in", in, "-out", out);
    return read(out);
  }

  @Override
  public String encryptField(String plaintext) {
    String in = write(plaintext.getBytes(StandardCharsets.UTF_8));
    return Openssl.run(dir, "enc", "-aes-256-cbc", "-K", keyHex, "-iv", ivHex, "-a", "-A", "-in", in).strip();
  }

  @Override
  public String decryptField(String base64Ciphertext) {
    String in = write((base64Ciphertext + "\n").getBytes(StandardCharsets.US_ASCII));
    return Openssl.run(dir, "enc", "-d", "-aes-256-cbc", "-K", keyHex, "-iv", ivHex, "-a", "-A", "-in", in);
  }

  @Override
  public void close() {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the openssl envelope's folder", e);
    }
  }

  private String write(byte[] bytes) {
    String name = "in-" + (++files);
    try {
      Files.write(dir.resolve(name), bytes);
      return name;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write an openssl input", e);
    }
  }

  private byte[] read(String name) {
    try {
      return Files.readAllBytes(dir.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read an openssl output", e);
    }
  }
}
