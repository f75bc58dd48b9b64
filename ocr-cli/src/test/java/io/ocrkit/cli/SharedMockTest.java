package io.ocrkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.samples.ResidentCardSample;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ocr mock &} then {@code --mock}: the later commands find the running mock through its state
 * file, each in a process of its own as a user would run them.
 */
@Tag("slow")
class SharedMockTest {

  @TempDir
  Path home;

  private static final ResidentCardSample RESIDENT = SampleData.residentCard(61);

  private ProcessBuilder ocr(String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.home=" + home, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
        "io.ocrkit.cli.OcrCommand"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  /** Runs to the end; stdout, then stderr after a NUL. */
  private String[] run(String... args) throws IOException, InterruptedException {
    Process p = ocr(args).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String[] {String.valueOf(p.exitValue()), new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8)};
  }

  private Path stateFile() {
    return home.resolve(".ocrkit").resolve("mock.json");
  }

  @Test
  void scan_then_verify_with_mock_use_the_running_mock_and_its_file_goes_when_it_stops() throws Exception {
    Path image = Files.write(home.resolve("resident.png"),
        SampleImages.renderWithFixture(RESIDENT, SampleImages.Size.NORMAL, SampleImages.ImageFormat.PNG));
    Process mock = ocr("mock").redirectErrorStream(true).start();
    try {
      BufferedReader lines = new BufferedReader(new InputStreamReader(mock.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = lines.readLine()) != null && !line.startsWith("listening on")) {
        // the demo credentials come first
      }
      assertThat(line).as("the mock said where it listens").isNotNull();
      assertThat(stateFile()).exists();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stateFile()))).isEqualTo("rw-------");

      String[] scan = run("scan", "id-card", image.toString(), "--mock", "--json");
      assertThat(scan[0]).as(scan[2]).isEqualTo("0");
      Matcher key = Pattern.compile("\"requestKey\":\"([^\"]+)\"").matcher(scan[1]);
      assertThat(key.find()).isTrue();

      String[] verify = run("verify", "--mock", "--request-key", key.group(1), "--id-type", "resident",
          "--name", RESIDENT.name(), "--resident-number", RESIDENT.residentNumber(),
          "--issue-date", RESIDENT.issueDate(), "--json");
      assertThat(verify[0]).as(verify[2]).isEqualTo("0");
      assertThat(verify[1].strip()).isEqualTo("{\"isAuthenticity\":true}");
    } finally {
      mock.destroy();
      assertThat(mock.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(stateFile()).doesNotExist();
  }

  @Test
  void a_stale_state_file_is_ignored_and_an_embedded_mock_answers() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Files.createDirectories(stateFile().getParent());
    Files.writeString(stateFile(), "{\"pid\":" + Long.MAX_VALUE + ",\"baseUrl\":\"http://127.0.0.1:" + closed
        + "\",\"appKey\":\"a\",\"secretKey\":\"s\",\"userAccessKeyId\":\"u\",\"secretAccessKey\":\"x\"}");
    Path card = Files.write(home.resolve("card.png"), SampleImages.renderWithFixture(SampleData.creditCard(62),
        SampleImages.Size.NORMAL, SampleImages.ImageFormat.PNG));

    String[] scan = run("scan", "credit-card", card.toString(), "--mock", "--json");

    assertThat(scan[0]).as(scan[2]).isEqualTo("0");
    assertThat(scan[1]).contains("\"fileType\":\"png\"");
  }
}
