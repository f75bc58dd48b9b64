package io.ocrkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFileTest {

  @TempDir
  Path dir;

  @Test
  void only_files_with_an_ok_line_count_as_done_relative_or_absolute() throws IOException {
    Path results = dir.resolve("r.jsonl");
    Path a = dir.resolve("a.png");
    Files.writeString(results, "{\"file\":\"" + a + "\",\"outcome\":\"ok\"}\n"
        + "{\"file\":\"b.png\",\"outcome\":\"failed\"}\n"
        + "{\"file\":\"c.png\",\"outcome\":\"ok\"}\n"
        + "{\"file\":\"d.png\",\"outc");

    assertThat(ResultsFile.succeeded(results)).containsExactlyInAnyOrder(ResultsFile.key(a),
        ResultsFile.key(Path.of("c.png")));
  }

  @Test
  void a_line_that_is_not_utf8_names_no_file_and_the_others_still_count() throws IOException {
    Path results = dir.resolve("r.jsonl");
    Files.write(results, new byte[] {0, (byte) 0xff, (byte) 0xfe, 'x', '\n'});
    Files.writeString(results, "{\"file\":\"c.png\",\"outcome\":\"ok\"}\n", java.nio.file.StandardOpenOption.APPEND);

    assertThat(ResultsFile.succeeded(results)).containsExactly(ResultsFile.key(Path.of("c.png")));
  }

  @Test
  void appending_drops_the_line_a_killed_run_left_unfinished() throws IOException {
    Path results = dir.resolve("r.jsonl");
    Files.writeString(results, "{\"file\":\"a.png\"}\n{\"file\":\"b.p");

    try (ResultsFile file = ResultsFile.append(results)) {
      file.write("{\"file\":\"c.png\"}");
    }

    assertThat(Files.readString(results)).isEqualTo("{\"file\":\"a.png\"}\n{\"file\":\"c.png\"}\n");
  }

  @Test
  @org.junit.jupiter.api.condition.EnabledOnOs({org.junit.jupiter.api.condition.OS.LINUX,
      org.junit.jupiter.api.condition.OS.MAC})
  void a_new_results_file_is_readable_by_its_owner_only() throws IOException {
    Path results = dir.resolve("r.jsonl");
    try (ResultsFile file = ResultsFile.create(results)) {
      file.write("{}");
    }

    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(results)))
        .isEqualTo("rw-------");
  }

  @Test
  void a_new_batch_does_not_overwrite_a_file_that_is_there() throws IOException {
    Path results = Files.writeString(dir.resolve("r.jsonl"), "{}\n");

    assertThatThrownBy(() -> ResultsFile.create(results)).isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(results)).isEqualTo("{}\n");
  }
}
