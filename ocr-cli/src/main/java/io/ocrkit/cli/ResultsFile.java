package io.ocrkit.cli;

import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The batch's JSON Lines file: each line written whole and flushed before the next, so the file is
 * valid JSONL whenever the process ends between two lines. Resuming drops a last line left unfinished
 * by a killed process before appending.
 */
final class ResultsFile implements AutoCloseable {

  private final OutputStream out;

  private ResultsFile(OutputStream out) {
    this.out = out;
  }

  /**
   * A new file, readable by its owner only where the file system says so (with {@code --reveal} it
   * holds personal values, and a Request-Key is a handle to a person's check even masked); fails if
   * one is there, so that a finished batch is not overwritten by accident.
   */
  static ResultsFile create(Path file) throws IOException {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    }
    return new ResultsFile(Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
  }

  /** The file to append to, created if missing, its unfinished last line dropped. */
  static ResultsFile append(Path file) throws IOException {
    dropUnfinishedLine(file);
    return new ResultsFile(Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
  }

  /** The files (absolute, normalised) that a line of {@code file} says were scanned successfully. */
  static Set<Path> succeeded(Path file) throws IOException {
    Set<Path> done = new HashSet<>();
    if (!Files.exists(file)) {
      return done;
    }
    // Decoded leniently: a line of foreign bytes is just a line that names no file, not a reason to stop.
    for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")) {
      try {
        Map<?, ?> entry = JsonView.parse(line);
        if (entry != null && BatchLine.OK.equals(entry.get("outcome")) && entry.get("file") instanceof String name) {
          done.add(key(Path.of(name)));
        }
      } catch (JsonbException | IllegalArgumentException notALine) {
        // An unfinished or foreign line names no file done: that file is scanned again.
      }
    }
    return done;
  }

  /** How a file is recognised across runs: the same file named relatively or absolutely. */
  static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }

  void write(String jsonLine) throws IOException {
    out.write((jsonLine + "\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  private static void dropUnfinishedLine(Path file) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      long end = raf.length();
      long keep = end;
      while (keep > 0) {
        raf.seek(keep - 1);
        if (raf.read() == '\n') {
          break;
        }
        keep--;
      }
      if (keep < end) {
        raf.setLength(keep);
      }
    }
  }
}
