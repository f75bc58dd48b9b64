package io.ocrkit.mock.hardening;

import io.ocrkit.mock.HandClient;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;

/**
 * A client that seals requests by hand with JDK crypto over a caller's {@link HttpClient}, so the
 * hardening tests drive the mock without the SDK (which depends on the mock, not the other way).
 */
final class SealingClient {


  /** A public key answer. */
  record Key(String version, PublicKey key) {}

  /** An answer's result code, its JSON and the key that decrypts its fields. */
  record Answer(int resultCode, Map<String, Object> json, String requestKey, byte[] symmetricKey) {
    @SuppressWarnings("unchecked")
    Map<String, Object> result() {
      return (Map<String, Object>) json.get("result");
    }

    String decrypt(Object base64) {
      return new String(HandClient.aes(Cipher.DECRYPT_MODE, symmetricKey, Base64.getDecoder().decode((String) base64)),
          StandardCharsets.UTF_8);
    }
  }

  private final MockOcrServer server;
  private final HttpClient http;

  SealingClient(MockOcrServer server, HttpClient http) {
    this.server = server;
    this.http = http;
  }

  String path(String rest) {
    return "/v2.0/appkeys/" + server.appKey() + "/" + rest;
  }

  HttpRequest.Builder request(String path, String secret) {
    return HttpRequest.newBuilder(server.baseUrl().resolve(path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", secret);
  }

  Answer send(HttpRequest request, byte[] symmetricKey) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      Map<String, Object> json = Json.readObject(response.body());
      @SuppressWarnings("unchecked")
      Map<String, Object> header = (Map<String, Object>) json.get("header");
      return new Answer(((Number) header.get("resultCode")).intValue(), json,
          response.headers().firstValue("Request-Key").orElse(null), symmetricKey);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  Key key(String service) {
    Map<String, Object> result = send(request(path("public-keys/" + service), server.secretKey()).GET().build(), null)
        .result();
    try {
      PublicKey key = KeyFactory.getInstance("RSA")
          .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode((String) result.get("key"))));
      return new Key((String) result.get("version"), key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the mock's key does not parse", e);
    }
  }

  /** Seals {@code image} under a fresh key wrapped as given, and uploads it. */
  Answer scan(String operation, Key key, String secret, String keyVersion, byte[] symmetricToWrap, byte[] image) {
    byte[] symmetric = HandClient.freshKey();
    byte[] wrapped = symmetricToWrap == null ? symmetric : symmetricToWrap;
    HttpRequest.Builder request = request(path(operation), secret)
        .header("X-Key-Version", keyVersion)
        .header("Symmetric-Key", HandClient.wrap(key.key(), wrapped));
    return send(HandClient.multipart(request, HandClient.aes(Cipher.ENCRYPT_MODE, symmetric, image)).build(), symmetric);
  }

  Answer scan(String operation, Key key, byte[] image) {
    return scan(operation, key, server.secretKey(), key.version(), null, image);
  }

  /** An authenticity check: every field but idType encrypted (expirationDate too, since passports were withdrawn). */
  Answer authenticity(Key key, String requestKey, Map<String, String> fields) {
    byte[] symmetric = HandClient.freshKey();
    Map<String, Object> body = new LinkedHashMap<>();
    fields.forEach((k, v) -> body.put(k, k.equals("idType") ? v
        : Base64.getEncoder().encodeToString(HandClient.aes(Cipher.ENCRYPT_MODE, symmetric, v.getBytes(StandardCharsets.UTF_8)))));
    HttpRequest request = request(path("id-card/authenticity"), server.secretKey())
        .header("X-Key-Version", key.version())
        .header("Symmetric-Key", HandClient.wrap(key.key(), symmetric))
        .header("Request-Key", requestKey)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build();
    return send(request, symmetric);
  }
}
