package io.ocrkit.contract.wire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@code openssl} command-line tool; messages never hold its arguments (they hold keys). */
final class Openssl {

  private static final long TIMEOUT_SECONDS = 30;

  private Openssl() {}

  /** Whether {@code openssl} can be run here. */
  static boolean available() {
    try {
      return run(Path.of(System.getProperty("java.io.tmpdir")), "version").startsWith("OpenSSL");
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Runs {@code openssl args...} in {@code dir} and answers its standard output as text. */
  static String run(Path dir, String... args) {
    List<String> command = new ArrayList<>();
    command.add("openssl");
    command.addAll(List.of(args));
    Path stderr = dir.resolve("openssl.err");
    try {
      Process process = new ProcessBuilder(command).directory(dir.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
          .redirectError(stderr.toFile())
          .start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("openssl " + args[0] + " did not finish in " + TIMEOUT_SECONDS + " s");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException("openssl " + args[0] + " exited with " + process.exitValue() + ": "
            + Files.readString(stderr, StandardCharsets.UTF_8).strip());
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run openssl " + args[0] + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running openssl", e);
    }
  }

  private static java.io.File nullFile() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
