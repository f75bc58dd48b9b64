package io.ocrkit.contract;

import io.ocrkit.mock.internal.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ocr-mock-server} in a JVM of its own (java from {@code java.home}, this test's class
 * path), so that a recorder in front of it shares no key, state or class with it; driven through
 * its HTTP admin API only.
 */
final class MockProcess implements AutoCloseable {

  static final String APP_KEY = "upstream-app";
  static final String SECRET_KEY = "upstream-secret-key";
  static final String USER_ACCESS_KEY_ID = "upstream-uak";
  static final String SECRET_ACCESS_KEY = "upstream-secret-access-key";

  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Process process;
  private final URI baseUrl;

  private MockProcess(Process process, URI baseUrl) {
    this.process = process;
    this.baseUrl = baseUrl;
  }

  static MockProcess start(Path log) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "io.ocrkit.mock.launch.MockServerMain", "--port", "0", "--app-key", APP_KEY, "--secret-key", SECRET_KEY,
        "--user-access-key-id", USER_ACCESS_KEY_ID, "--secret-access-key", SECRET_ACCESS_KEY)
        .redirectError(log.toFile());
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<URI> listening = CompletableFuture.supplyAsync(() -> {
      try {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            return URI.create(m.group(1));
          }
        }
        throw new IllegalStateException("the upstream mock ended before listening; see " + log);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    try {
      return new MockProcess(process, listening.get(60, TimeUnit.SECONDS));
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new IllegalStateException("the upstream mock did not start; see " + log, e);
    }
  }

  URI baseUrl() {
    return baseUrl;
  }

  void registerFixture(String fixtureJson) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(baseUrl.resolve("/mock/v1/fixtures"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(fixtureJson)));
    if (response.statusCode() != 201) {
      throw new IllegalStateException("fixture refused: HTTP " + response.statusCode() + " " + response.body());
    }
  }

  /** The journal, as {@code GET /mock/v1/requests} answers it. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> requests() {
    String body = send(HttpRequest.newBuilder(baseUrl.resolve("/mock/v1/requests")).GET()).body();
    // The admin API answers a JSON array; Json reads objects, so it is wrapped in one.
    return new ArrayList<>((List<Map<String, Object>>) Json.readObject("{\"r\":" + body + "}").get("r"));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  boolean alive() {
    return process.isAlive();
  }

  /** SIGTERM, as a person stops it; forcibly if it has not ended after 20 s. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
