package io.ocrkit.mock.record;

import io.ocrkit.mock.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What the recording tests share: the directory's files, one file as JSON, authenticity fields. */
final class Recordings {

  private Recordings() {}

  /** An authenticity request's fields from what a resident-card scan read, digits only as the service wants. */
  static Map<String, String> residentFields(Map<String, String> read) {
    return Map.of("idType", "resident", "name", read.get("name"),
        "residentNumber", read.get("residentNumber").replace("-", ""),
        "issueDate", read.get("issueDate").replace(".", ""));
  }

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
