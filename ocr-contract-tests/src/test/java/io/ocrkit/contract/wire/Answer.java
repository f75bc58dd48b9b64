package io.ocrkit.contract.wire;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * One answer as it came over the wire: HTTP status, headers and body text. The JSON accessors
 * fail with a message that says what was wrong with the answer, not what was in it.
 */
public record Answer(int status, HttpHeaders headers, String body) {

  /** The body as a JSON object. */
  public JsonObject json() {
    try {
      return Json.createReader(new StringReader(body)).readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new AssertionError("the answer (HTTP " + status + ", " + body.length() + " chars) is not a JSON object", e);
    }
  }

  /** {@code header} of the body. */
  public JsonObject header() {
    return json().getJsonObject("header");
  }

  public int resultCode() {
    return header().getInt("resultCode");
  }

  public boolean successful() {
    return header().getBoolean("isSuccessful");
  }

  /** {@code result} of the body. */
  public JsonObject result() {
    return json().getJsonObject("result");
  }

  /** The {@code Request-Key} response header, if sent. */
  public Optional<String> requestKey() {
    return headers.firstValue("Request-Key");
  }

  public Optional<String> contentType() {
    return headers.firstValue("Content-Type");
  }
}
