package io.ocrkit.mock.hardening;

import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.internal.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A client that seals requests by hand with JDK crypto over a caller's {@link HttpClient}, so the
 * hardening tests drive the mock without the SDK (which depends on the mock, not the other way).
 */
final class SealingClient {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A public key answer. */
  record Key(String version, PublicKey key) {}

  /** An answer's result code, its JSON and the key that decrypts its fields. */
  record Answer(int resultCode, Map<String, Object> json, String requestKey, byte[] symmetricKey) {
    @SuppressWarnings("unchecked")
    Map<String, Object> result() {
      return (Map<String, Object>) json.get("result");
    }

    String decrypt(Object base64) {
      return new String(aes(Cipher.DECRYPT_MODE, symmetricKey, Base64.getDecoder().decode((String) base64)),
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
    byte[] symmetric = freshKey();
    byte[] wrapped = symmetricToWrap == null ? symmetric : symmetricToWrap;
    HttpRequest.Builder request = request(path(operation), secret)
        .header("X-Key-Version", keyVersion)
        .header("Symmetric-Key", wrap(key.key(), wrapped));
    return send(multipart(request, aes(Cipher.ENCRYPT_MODE, symmetric, image)).build(), symmetric);
  }

  Answer scan(String operation, Key key, byte[] image) {
    return scan(operation, key, server.secretKey(), key.version(), null, image);
  }

  /** An authenticity check: every field but idType and expirationDate encrypted. */
  Answer authenticity(Key key, String requestKey, Map<String, String> fields) {
    byte[] symmetric = freshKey();
    Map<String, Object> body = new LinkedHashMap<>();
    fields.forEach((k, v) -> body.put(k, k.equals("idType") || k.equals("expirationDate") ? v
        : Base64.getEncoder().encodeToString(aes(Cipher.ENCRYPT_MODE, symmetric, v.getBytes(StandardCharsets.UTF_8)))));
    HttpRequest request = request(path("id-card/authenticity"), server.secretKey())
        .header("X-Key-Version", key.version())
        .header("Symmetric-Key", wrap(key.key(), symmetric))
        .header("Request-Key", requestKey)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build();
    return send(request, symmetric);
  }

  static HttpRequest.Builder multipart(HttpRequest.Builder request, byte[] part) {
    String boundary = "----sealing" + Long.toHexString(RANDOM.nextLong());
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"image.png\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    body.writeBytes(part);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
  }

  static byte[] freshKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return key;
  }

  static String wrap(PublicKey key, byte[] symmetricKey) {
    try {
      Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
      rsa.init(Cipher.ENCRYPT_MODE, key);
      return Base64.getEncoder().encodeToString(rsa.doFinal(symmetricKey));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is unavailable", e);
    }
  }

  static byte[] aes(int mode, byte[] key, byte[] data) {
    try {
      Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
      aes.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
      return aes.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES is unavailable", e);
    }
  }
}
