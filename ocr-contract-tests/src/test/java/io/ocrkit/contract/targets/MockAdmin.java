package io.ocrkit.contract.targets;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The mock's admin HTTP API ({@code /mock/v1/...}), spoken by hand so that contracts do not lean
 * on the mock's own Java classes to set it up. Every call fails loudly on an unexpected status.
 */
public final class MockAdmin {

  private final URI base;
  private final HttpClient http;

  public MockAdmin(URI base) {
    this.base = base;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** Answers {@code result} for the image whose SHA-256 is {@code sha256}. */
  public void fixture(String service, byte[] sha256, JsonObject result, boolean authentic) {
    JsonObject body = Json.createObjectBuilder()
        .add("service", service)
        .add("sha256", HexFormat.of().formatHex(sha256))
        .add("result", result)
        .add("authentic", authentic)
        .build();
    send("POST", "/mock/v1/fixtures", body, 201);
  }

  public void clearFixtures() {
    send("DELETE", "/mock/v1/fixtures", null, 204);
  }

  /** Issues a new key for the service and answers its version. */
  public String rotateKey(String service, boolean retirePrevious) {
    JsonObject body = Json.createObjectBuilder().add("retirePrevious", retirePrevious).build();
    return send("POST", "/mock/v1/keys/" + service + "/rotate", body, 200).getString("version");
  }

  /** The next {@code times} calls to {@code endpoint} answer {@code resultCode}. */
  public void faultResultCode(String endpoint, int times, int resultCode) {
    send("POST", "/mock/v1/faults",
        Json.createObjectBuilder().add("endpoint", endpoint).add("times", times).add("resultCode", resultCode).build(),
        201);
  }

  /** The next {@code times} calls to {@code endpoint} fail as {@code kind} (e.g. {@code HTTP_502_HTML}). */
  public void faultKind(String endpoint, int times, String kind) {
    send("POST", "/mock/v1/faults",
        Json.createObjectBuilder().add("endpoint", endpoint).add("times", times).add("kind", kind).build(),
        201);
  }

  public void advanceClock(long seconds) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("seconds", seconds);
    send("POST", "/mock/v1/clock/advance", body.build(), 200);
  }

  /** What the mock recorded of the requests it served, as it reports them. */
  public JsonValue requests() {
    HttpResponse<String> response = exchange("GET", "/mock/v1/requests", null);
    expect(response, 200, "GET /mock/v1/requests");
    return Json.createReader(new StringReader(response.body())).readValue();
  }

  /** Back to a fresh mock: no fixtures, faults, recorded requests; first keys; clock at start. */
  public void reset() {
    HttpResponse<String> response = exchange("POST", "/mock/v1/reset", JsonValue.EMPTY_JSON_OBJECT);
    if (response.statusCode() != 200 && response.statusCode() != 204) {
      throw new IllegalStateException("POST /mock/v1/reset answered HTTP " + response.statusCode());
    }
  }

  private JsonObject send(String method, String path, JsonObject body, int expected) {
    HttpResponse<String> response = exchange(method, path, body);
    expect(response, expected, method + " " + path);
    String text = response.body();
    return text == null || text.isBlank()
        ? JsonValue.EMPTY_JSON_OBJECT
        : Json.createReader(new StringReader(text)).readObject();
  }

  private HttpResponse<String> exchange(String method, String path, JsonObject body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void expect(HttpResponse<String> response, int expected, String what) {
    if (response.statusCode() != expected) {
      throw new IllegalStateException(what + " answered HTTP " + response.statusCode() + ", expected " + expected
          + ": " + abbreviate(response.body()));
    }
  }

  private static String abbreviate(String text) {
    return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

}
