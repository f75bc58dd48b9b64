package io.ocrkit.cli;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ~/.ocrkit/mock.json}: where a running {@code ocr mock} listens and its credentials, so that
 * {@code --mock} in another process uses it instead of a mock of its own (whose Request-Keys no
 * later command could verify). Readable by its owner only: it holds the mock's keys.
 */
final class MockStateFile {

  /** What the file says; the process id tells whether its mock may still be running. */
  record Entry(long pid, URI baseUrl, String appKey, String secretKey, String userAccessKeyId,
      String secretAccessKey) {}

  private static final Jsonb JSONB = JsonbBuilder.create();

  private final Path file;

  MockStateFile(Path file) {
    this.file = file;
  }

  /** Under {@code user.home}, read when asked so that a test may point it elsewhere. */
  static MockStateFile inUserHome() {
    return new MockStateFile(Path.of(System.getProperty("user.home"), ".ocrkit", "mock.json"));
  }

  Path path() {
    return file;
  }

  /** Written to a private temporary file first, then moved: no reader sees half of it or a wider mode. */
  void write(Entry entry) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("pid", entry.pid());
    json.put("baseUrl", entry.baseUrl().toString());
    json.put("appKey", entry.appKey());
    json.put("secretKey", entry.secretKey());
    json.put("userAccessKeyId", entry.userAccessKeyId());
    json.put("secretAccessKey", entry.secretAccessKey());
    try {
      Files.createDirectories(file.getParent());
      Path temp = file.resolveSibling(file.getFileName() + "." + entry.pid() + ".tmp");
      Files.deleteIfExists(temp);
      try {
        Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        Files.createFile(temp);
      }
      Files.writeString(temp, JSONB.toJson(json));
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The entry, if the file is there and readable; anything else is as good as no file. */
  Optional<Entry> read() {
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      Map<?, ?> json = JSONB.fromJson(Files.readString(file), Map.class);
      return Optional.of(new Entry(((Number) json.get("pid")).longValue(), URI.create((String) json.get("baseUrl")),
          (String) json.get("appKey"), (String) json.get("secretKey"), (String) json.get("userAccessKeyId"),
          (String) json.get("secretAccessKey")));
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  /** Removes the file if it still describes process {@code pid}: a later mock may have replaced it. */
  void deleteIfOwnedBy(long pid) {
    if (read().map(e -> e.pid() == pid).orElse(true)) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // Best effort at shutdown: a stale file is ignored by readers anyway.
      }
    }
  }
}
