package io.ocrkit.mock.record;

import io.ocrkit.mock.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reading a recording directory back in tests: the files, and one file as JSON. */
final class Recordings {

  private Recordings() {}

  static List<Path> files(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A number of the file's JSON as an int (JSON-B reads numbers as BigDecimal). */
  static int number(Map<String, Object> json, String field) {
    return ((Number) json.get(field)).intValue();
  }

  static Map<String, Object> json(Path dir, String sha256) {
    try {
      return Json.readObject(Files.readString(dir.resolve(sha256 + ".json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
