package io.ocrkit.mock.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Jetty's parser logs raw header lines at debug level. Run in a child JVM, because slf4j-simple
 * reads its levels once per JVM: the runnable mock at trace level writes no secret anywhere, and
 * a library user whose backend has Jetty at debug is told so in one WARN line.
 */
class WireLoggingTest {

  private static final String SECRET_KEY = "secret-key-7f3a9c1e5b2d";
  private static final String SYMMETRIC_KEY = "c3ltbWV0cmljLWtleS1xdWl4b3RpYy0yMDI2";
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

  private static Process child(String mainClass, List<String> jvmOptions, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  /** Everything the child writes, collected on a thread; {@code ready} completes with its base URL. */
  private static CompletableFuture<String> collect(Process process, StringBuilder output,
      CompletableFuture<String> ready) {
    return CompletableFuture.supplyAsync(() -> {
      try (InputStream in = process.getInputStream()) {
        byte[] buf = new byte[8192];
        for (int n; (n = in.read(buf)) > 0; ) {
          synchronized (output) {
            output.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            Matcher m = LISTENING.matcher(output);
            if (m.find()) {
              ready.complete(m.group(1));
            }
          }
        }
      } catch (IOException e) {
        // the child is gone: what it wrote is in
      }
      ready.complete(null);
      synchronized (output) {
        return output.toString();
      }
    });
  }

  @Test
  void the_runnable_mock_at_trace_level_writes_no_secret_key_and_no_symmetric_key() throws Exception {
    Process process = child("io.ocrkit.mock.launch.MockServerMain",
        List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=trace", "-Dorg.slf4j.simpleLogger.log.org.eclipse.jetty=trace"),
        "--port", "0", "--app-key", "app", "--secret-key", SECRET_KEY);
    StringBuilder output = new StringBuilder();
    CompletableFuture<String> ready = new CompletableFuture<>();
    CompletableFuture<String> all = collect(process, output, ready);
    try {
      String base = ready.get(60, TimeUnit.SECONDS);
      assertThat(base).as("the child mock started: " + output).isNotNull();
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      for (String path : new String[] {"/v2.0/appkeys/app/public-keys/credit-card", "/v2.0/appkeys/app/credit-card"}) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
            .header("Authorization", SECRET_KEY).header("Symmetric-Key", SYMMETRIC_KEY).header("X-Key-Version", "1")
            .POST(HttpRequest.BodyPublishers.ofString("x")).build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
      }
    } finally {
      process.destroy();
      process.waitFor(30, TimeUnit.SECONDS);
      process.destroyForcibly();
    }
    String written = all.get(30, TimeUnit.SECONDS);
    assertThat(written).contains("listening on");
    assertThat(written).doesNotContain(SECRET_KEY).doesNotContain(SYMMETRIC_KEY);
  }

  @Test
  void a_library_user_with_jetty_at_debug_is_warned_once() throws Exception {
    Process process = child(LibraryUser.class.getName(),
        List.of("-Dorg.slf4j.simpleLogger.log.org.eclipse.jetty=debug"));
    StringBuilder output = new StringBuilder();
    String written = collect(process, output, new CompletableFuture<>()).get(60, TimeUnit.SECONDS);
    process.waitFor(30, TimeUnit.SECONDS);
    assertThat(written).contains("started");
    assertThat(written.split("wire-level debug logging", -1)).as(written).hasSize(2);
    assertThat(written).contains("WARN").contains("org.eclipse.jetty");
  }

  @Test
  void a_library_user_without_jetty_debug_is_not_warned() throws Exception {
    Process process = child(LibraryUser.class.getName(), List.of());
    String written = collect(process, new StringBuilder(), new CompletableFuture<>()).get(60, TimeUnit.SECONDS);
    process.waitFor(30, TimeUnit.SECONDS);
    assertThat(written).contains("started").doesNotContain("wire-level debug logging");
  }
}
