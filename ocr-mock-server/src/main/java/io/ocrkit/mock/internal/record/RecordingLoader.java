package io.ocrkit.mock.internal.record;

import io.ocrkit.mock.internal.FixtureStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a directory of recordings ({@code *.json}, not recursive) into the fixtures, where they
 * are answered by image hash as registered fixtures are. All files are read before any is loaded:
 * one bad file fails the start, naming it, and loads nothing.
 */
public final class RecordingLoader {

  /**
   * A recording holds one answer, itself at most {@link UpstreamHttp#MAX_ANSWER_BYTES}; a file far
   * larger is not one, and reading it whole would only exhaust the heap.
   */
  static final long MAX_RECORDING_BYTES = 4L * UpstreamHttp.MAX_ANSWER_BYTES;

  private RecordingLoader() {}

  /**
   * Returns how many recordings were loaded.
   *
   * @throws IllegalArgumentException naming the file that is not a recording this version reads,
   *     or the directory when it is not one
   */
  public static int load(Path dir, FixtureStore fixtures) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("'fixtures' is not a directory: " + dir);
    }
    List<Recording> read = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
      for (Path file : files) {
        read.add(read(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the recordings in " + dir, e);
    }
    read.forEach(r -> fixtures.load(r.service(), r.sha256(), RecordingFormat.recognition(r)));
    return read.size();
  }

  static Recording read(Path file) {
    String text;
    try {
      // Not a FIFO or a device either: reading one would block the start or never end.
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("recording " + file + ": not a regular file");
      }
      if (Files.size(file) > MAX_RECORDING_BYTES) {
        throw new IllegalArgumentException("recording " + file + ": larger than " + MAX_RECORDING_BYTES + " bytes");
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the recording " + file, e);
    }
    try {
      return RecordingFormat.read(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("recording " + file + ": " + e.getMessage(), e);
    }
  }
}
