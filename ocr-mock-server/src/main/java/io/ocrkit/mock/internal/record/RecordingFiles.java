package io.ocrkit.mock.internal.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;

/**
 * The recording directory: one {@code <sha256>.json} per image, each written to a temporary file
 * and moved over the old one, so that a reader (or a crash) never sees half a file. With real
 * values the directory is the owner's only (700) and so is every file (600), where the file system
 * has POSIX permissions.
 */
final class RecordingFiles {

  private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

  private final Path dir;
  private final boolean ownerOnly;

  RecordingFiles(Path dir, boolean ownerOnly) {
    this.dir = dir;
    this.ownerOnly = ownerOnly;
  }

  /** Creates the directory if needed; with real values, restricts it to its owner. */
  void prepare() {
    try {
      Files.createDirectories(dir);
      if (ownerOnly && posix()) {
        Files.setPosixFilePermissions(dir, OWNER_DIR);
      }
    } catch (FileAlreadyExistsException e) {
      throw new IllegalArgumentException("'recordTo' is a file, not a directory: " + dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the recording directory " + dir, e);
    }
  }

  Path write(Recording recording) {
    Path target = dir.resolve(recording.sha256() + ".json");
    try {
      // Created with its final permissions: owner-only from the first byte with real values, the
      // umask's otherwise (a temporary file's 600 would stay on a recording meant to be shared).
      Path temp = dir.resolve("." + recording.sha256() + "." + UUID.randomUUID() + ".tmp");
      if (ownerOnly && posix()) {
        Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_FILE));
      } else {
        Files.createFile(temp);
      }
      try {
        Files.writeString(temp, RecordingFormat.write(recording), StandardCharsets.UTF_8);
        move(temp, target);
      } finally {
        Files.deleteIfExists(temp);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the recording " + target, e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private boolean posix() {
    return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
