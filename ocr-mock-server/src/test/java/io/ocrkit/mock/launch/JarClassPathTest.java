package io.ocrkit.mock.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar leaves out Javalin's WebSocket support and what only it needs (the shade
 * plugin's excludes in the root POM): a mock started from such a class path must still listen and
 * serve the emulated service and the dashboard, with its event stream.
 */
@Tag("slow")
class JarClassPathTest {

  /** The jars the shaded mock leaves out, by file name. */
  private static final Pattern LEFT_OUT = Pattern.compile("(jetty-ee10-websocket|jetty-websocket|jetty-ee10-annotations"
      + "|jetty-ee10-plus|jetty-ee10-webapp|jetty-ee-webapp|jetty-annotations|jetty-plus|jetty-jndi|jetty-xml"
      + "|jakarta\\.annotation|jakarta\\.enterprise|jakarta\\.inject|jakarta\\.interceptor|jakarta\\.transaction|asm)"
      + "[-.][^" + Pattern.quote(File.separator) + "]*\\.jar");
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

  @Test
  void the_mock_serves_its_routes_and_the_event_stream_without_the_websocket_jars() throws Exception {
    String full = System.getProperty("java.class.path");
    String classPath = Arrays.stream(full.split(File.pathSeparator))
        .filter(entry -> !LEFT_OUT.matcher(Path.of(entry).getFileName().toString()).matches())
        .collect(Collectors.joining(File.pathSeparator));
    assertThat(classPath).doesNotContain("websocket").isNotEqualTo(full);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process mock = new ProcessBuilder(java, "-cp", classPath, MockServerMain.class.getName(), "--port", "0",
        "--app-key", "jar-app", "--secret-key", "jar-secret").redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(mock.getInputStream(), StandardCharsets.UTF_8));
      String base = CompletableFuture.supplyAsync(() -> listeningOn(out)).get(60, TimeUnit.SECONDS);
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

      HttpResponse<String> key = http.send(HttpRequest.newBuilder(
              URI.create(base + "/v2.0/appkeys/jar-app/public-keys/credit-card"))
          .header("Authorization", "jar-secret").build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> ui = http.send(HttpRequest.newBuilder(URI.create(base + "/mock/ui")).build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<java.io.InputStream> events = http.send(HttpRequest.newBuilder(URI.create(base + "/mock/v1/events"))
          .build(), HttpResponse.BodyHandlers.ofInputStream());

      assertThat(key.statusCode()).isEqualTo(200);
      assertThat(key.body()).contains("\"isSuccessful\":true");
      assertThat(ui.statusCode()).isEqualTo(200);
      assertThat(events.statusCode()).isEqualTo(200);
      try (BufferedReader stream = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
        assertThat(stream.readLine()).isEqualTo("event: snapshot");
      }
    } finally {
      mock.destroy();
      mock.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static String listeningOn(BufferedReader out) {
    try {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        Matcher m = LISTENING.matcher(line);
        if (m.find()) {
          return m.group(1);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    throw new AssertionError("the mock ended without listening");
  }
}
