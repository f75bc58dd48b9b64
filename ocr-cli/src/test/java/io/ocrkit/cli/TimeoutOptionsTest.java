package io.ocrkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --timeout bounds the whole call, like curl's --max-time; --connect-timeout the connecting. */
class TimeoutOptionsTest {

  /** Accepts connections and never answers: only a deadline ends a call to it. */
  private static ServerSocket silent;
  private static final List<Socket> held = new CopyOnWriteArrayList<>();

  @TempDir
  static Path dir;

  private static Path card;

  @BeforeAll
  static void start() throws IOException {
    silent = new ServerSocket(0);
    Thread acceptor = new Thread(() -> {
      while (!silent.isClosed()) {
        try {
          held.add(silent.accept());
        } catch (IOException closed) {
          return;
        }
      }
    }, "silent-server");
    acceptor.setDaemon(true);
    acceptor.start();
    card = Files.write(dir.resolve("card.png"), SampleImages.renderWithFixture(SampleData.creditCard(3),
        SampleImages.Size.NORMAL, SampleImages.ImageFormat.PNG));
  }

  @AfterAll
  static void stop() throws IOException {
    silent.close();
    for (Socket s : held) {
      s.close();
    }
  }

  private static String[] silentTarget(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of(args));
    all.addAll(List.of("--endpoint", "http://127.0.0.1:" + silent.getLocalPort(), "--app-key", "app",
        "--secret-key", "secret"));
    return all.toArray(String[]::new);
  }

  @Test
  void timeout_ends_a_scan_of_a_silent_server_with_exit_4_in_about_that_time() {
    long started = System.nanoTime();
    CliRun run = CliRun.of(silentTarget("scan", "credit-card", card.toString(), "--timeout", "1"));
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;

    assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
    assertThat(seconds).isLessThan(8);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("--timeout");
  }

  @Test
  void keys_and_verify_take_the_timeouts_too() {
    CliRun keys = CliRun.of(silentTarget("keys", "id-card", "--timeout", "0.5", "--connect-timeout", "1"));
    CliRun verify = CliRun.of(silentTarget("verify", "--request-key", "rk", "--id-type", "resident", "--name", "x",
        "--resident-number", "9001011234568", "--issue-date", "20190315", "--timeout", "0.5"));

    assertThat(keys.exitCode()).as(keys.err()).isEqualTo(4);
    assertThat(verify.exitCode()).as(verify.err()).isEqualTo(4);
  }

  @Test
  void a_timeout_that_is_not_a_positive_number_is_a_usage_error_naming_the_option() {
    CliRun zero = CliRun.of(silentTarget("scan", "credit-card", card.toString(), "--timeout", "0"));
    CliRun word = CliRun.of(silentTarget("scan", "credit-card", card.toString(), "--connect-timeout", "soon"));

    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).contains("--timeout");
    assertThat(word.exitCode()).isEqualTo(2);
    assertThat(word.err()).contains("--connect-timeout");
  }

  @Test
  void help_describes_both_options() {
    assertThat(CliRun.of("scan", "--help").out()).contains("--timeout=SECONDS", "--connect-timeout=SECONDS");
  }
}
