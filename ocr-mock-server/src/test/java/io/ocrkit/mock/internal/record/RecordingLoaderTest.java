package io.ocrkit.mock.internal.record;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingLoaderTest {

  @TempDir
  Path dir;

  @Test
  void a_file_far_larger_than_any_recording_is_refused_unread() throws IOException {
    Path file = dir.resolve("huge.json");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(RecordingLoader.MAX_RECORDING_BYTES + 1);
    }

    assertThatThrownBy(() -> RecordingLoader.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recording " + file + ": larger than " + RecordingLoader.MAX_RECORDING_BYTES + " bytes");
  }

  @Test
  void a_directory_named_like_a_recording_is_refused() throws IOException {
    Path notAFile = Files.createDirectory(dir.resolve("x.json"));

    assertThatThrownBy(() -> RecordingLoader.read(notAFile)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recording " + notAFile + ": not a regular file");
  }
}
