package io.ocrkit.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.crypto.server.BouncyCastleServerEnvelopeCrypto;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A small stand-in for the service, over real HTTP on a free loopback port, with real crypto: it
 * unwraps each request's key with its RSA private key (BouncyCastle, not the client's JCA),
 * decrypts the multipart image, looks the plaintext up among registered fixtures and answers
 * protocol JSON with the fields encrypted under the request's key. Faults can be scripted.
 */
final class FakeOcrService implements AutoCloseable {

  static final String APP_KEY = "app-Key_1";
  static final String SECRET_KEY = "s3cr3t-Key-Value-XYZ";
  static final String ACCESS_KEY_ID = "uak-id";
  static final String SECRET_ACCESS_KEY = "uak-Secret-Value-QRS";

  /** A scripted answer to the next enveloped request, instead of the normal one. */
  sealed interface Fault {
    record Code(int code, String retryAfter) implements Fault {}
    record GatewayPage(int status, String retryAfter) implements Fault {}
    record Reset() implements Fault {}
    record Delay(long millis) implements Fault {}
  }

  record CardFixture(String number, String validThru) {}

  record IdFixture(String idType, Map<String, String> keyValues) {}

  private final BouncyCastleServerEnvelopeCrypto crypto = new BouncyCastleServerEnvelopeCrypto();
  private final Jsonb jsonb = JsonbBuilder.create();
  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(24);
  private final Map<String, KeyPair> keys = new ConcurrentHashMap<>();
  private final AtomicReference<String> currentVersion = new AtomicReference<>();
  private final AtomicInteger versions = new AtomicInteger();
  private final Map<String, Object> fixtures = new ConcurrentHashMap<>();
  private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
  private final Map<String, Boolean> requestKeys = new ConcurrentHashMap<>();
  private final Set<String> tokens = ConcurrentHashMap.newKeySet();
  private final AtomicInteger tokensIssued = new AtomicInteger();
  private final AtomicInteger publicKeyFetches = new AtomicInteger();
  private final AtomicInteger enveloped = new AtomicInteger();
  private final Queue<String> symmetricKeys = new ConcurrentLinkedQueue<>();
  private final Queue<String> partHeaders = new ConcurrentLinkedQueue<>();
  private final Queue<Map<String, String>> authenticityFields = new ConcurrentLinkedQueue<>();
  private volatile long tokenLifeSeconds = 86_400;
  private volatile long tokenDelayMillis;

  FakeOcrService() throws IOException {
    rotateKey();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  URI tokenUrl() {
    return URI.create(baseUrl() + "/oauth2/token/create");
  }

  /** A new key version; the old one is retired, so requests sealed under it get 4000301. */
  String rotateKey() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      String version = String.valueOf(versions.getAndIncrement());
      keys.put(version, g.generateKeyPair());
      String old = currentVersion.getAndSet(version);
      if (old != null) {
        keys.remove(old);
      }
      return version;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  void enqueue(Fault... next) {
    faults.addAll(List.of(next));
  }

  void revokeTokens() {
    tokens.clear();
  }

  void tokenLife(long seconds) {
    tokenLifeSeconds = seconds;
  }

  void tokenDelay(long millis) {
    tokenDelayMillis = millis;
  }

  int tokensIssued() {
    return tokensIssued.get();
  }

  int publicKeyFetches() {
    return publicKeyFetches.get();
  }

  int envelopedRequests() {
    return enveloped.get();
  }

  List<String> symmetricKeys() {
    return new ArrayList<>(symmetricKeys);
  }

  List<String> partHeaders() {
    return new ArrayList<>(partHeaders);
  }

  List<Map<String, String>> authenticityFields() {
    return new ArrayList<>(authenticityFields);
  }

  /** A PNG-looking image unique to {@code seed}, registered to read as {@code fixture}. */
  byte[] cardImage(String seed, CardFixture fixture) {
    byte[] image = image(seed);
    fixtures.put(sha256(image), fixture);
    return image;
  }

  byte[] idImage(String seed, IdFixture fixture) {
    byte[] image = image(seed);
    fixtures.put(sha256(image), fixture);
    return image;
  }

  static byte[] image(String seed) {
    byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    byte[] text = ("fake image " + seed + " ".repeat(seed.length() % 17)).getBytes(StandardCharsets.UTF_8);
    byte[] image = new byte[magic.length + text.length];
    System.arraycopy(magic, 0, image, 0, magic.length);
    System.arraycopy(text, 0, image, magic.length, text.length);
    return image;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  // ---- handling

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      if (path.equals("/oauth2/token/create")) {
        token(ex);
        return;
      }
      String[] parts = path.split("/", 5); // "", v2.x, appkeys, {appKey}, rest
      if (parts.length < 5 || !parts[2].equals("appkeys") || !parts[3].equals(APP_KEY)) {
        answer(ex, 4041007, "URL_NOT_FOUND", null, Map.of());
        return;
      }
      if (!authorised(ex, parts[1])) {
        boolean v21 = parts[1].equals("v2.1");
        answer(ex, v21 ? 4010006 : 4010001, v21 ? "INVALID_TOKEN" : "INVALID_APPKEY_SECRETKEY", null, Map.of());
        return;
      }
      String rest = parts[4];
      if (rest.startsWith("public-keys/")) {
        publicKeyFetches.incrementAndGet();
        String version = currentVersion.get();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("key", Base64.getEncoder().encodeToString(keys.get(version).getPublic().getEncoded()));
        result.put("version", version);
        answer(ex, 0, "SUCCESS", result, Map.of());
        return;
      }
      enveloped.incrementAndGet();
      Fault fault = faults.poll();
      if (fault != null && apply(ex, fault)) {
        return;
      }
      String version = ex.getRequestHeaders().getFirst("X-Key-Version");
      String wrapped = ex.getRequestHeaders().getFirst("Symmetric-Key");
      if (version == null || wrapped == null) {
        answer(ex, 4000005, "MISSING_REQUIRED_HEADER", null, Map.of());
        return;
      }
      symmetricKeys.add(wrapped);
      KeyPair pair = keys.get(version);
      if (pair == null) {
        answer(ex, 4000301, "INVALID_KEY_VERSION", null, Map.of());
        return;
      }
      try (Envelope envelope = crypto.unwrap(pair.getPrivate(), version, wrapped)) {
        switch (rest) {
          case "credit-card" -> creditCard(ex, envelope);
          case "id-card", "id-card/stand-alone" -> idCard(ex, envelope, rest.equals("id-card"));
          case "id-card/authenticity" -> authenticity(ex, envelope);
          default -> answer(ex, 4041007, "URL_NOT_FOUND", null, Map.of());
        }
      }
    }
  }

  private boolean authorised(HttpExchange ex, String version) {
    if (version.equals("v2.0")) {
      return SECRET_KEY.equals(ex.getRequestHeaders().getFirst("Authorization"));
    }
    String bearer = ex.getRequestHeaders().getFirst("X-NHN-Authorization");
    return version.equals("v2.1") && bearer != null && bearer.startsWith("Bearer ")
        && tokens.contains(bearer.substring(7));
  }

  private void token(HttpExchange ex) throws IOException {
    String expected = "Basic " + Base64.getEncoder().encodeToString(
        (ACCESS_KEY_ID + ":" + SECRET_ACCESS_KEY).getBytes(StandardCharsets.UTF_8));
    String form = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (!expected.equals(ex.getRequestHeaders().getFirst("Authorization"))
        || !form.equals("grant_type=client_credentials")) {
      send(ex, 401, "application/json", "{\"error\":\"invalid_client\"}", Map.of());
      return;
    }
    sleep(tokenDelayMillis);
    String token = "tok-" + tokensIssued.incrementAndGet() + "-" + UUID.randomUUID();
    tokens.add(token);
    send(ex, 200, "application/json", jsonb.toJson(Map.of("access_token", token, "token_type", "Bearer",
        "expires_in", tokenLifeSeconds)), Map.of());
  }

  /** Returns true when the fault answered in place of the normal handling. */
  private boolean apply(HttpExchange ex, Fault fault) throws IOException {
    if (fault instanceof Fault.Code c) {
      ex.getRequestBody().readAllBytes();
      answer(ex, c.code(), "SCRIPTED", null, c.retryAfter() == null ? Map.of() : Map.of("Retry-After", c.retryAfter()));
      return true;
    }
    if (fault instanceof Fault.GatewayPage g) {
      ex.getRequestBody().readAllBytes();
      send(ex, g.status(), "text/html", "<html><body><h1>" + g.status() + " Bad Gateway</h1></body></html>",
          g.retryAfter() == null ? Map.of() : Map.of("Retry-After", g.retryAfter()));
      return true;
    }
    if (fault instanceof Fault.Reset) {
      // The JDK server closes the connection when a handler throws before answering.
      throw new IllegalStateException("scripted connection reset");
    }
    if (fault instanceof Fault.Delay d) {
      sleep(d.millis());
    }
    return false;
  }

  private void creditCard(HttpExchange ex, Envelope envelope) throws IOException {
    Object fixture = fixtures.get(sha256(image(ex, envelope)));
    if (!(fixture instanceof CardFixture card)) {
      answer(ex, 4000111, "CREDIT_CARD_INFO_NOT_FOUND", null, Map.of());
      return;
    }
    List<Map<String, Object>> groups = new ArrayList<>();
    for (String group : card.number().split("-")) {
      groups.add(Map.of("value", envelope.encryptField(group), "conf", 0.98));
    }
    Map<String, Object> box = box();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("fileType", "png");
    result.put("resolution", "normal");
    result.put("cardNums", groups);
    result.put("totalCardNum", envelope.encryptField(card.number().replace("-", "")));
    result.put("cardNumBoxes", List.of(box));
    result.put("validThru", Map.of("value", envelope.encryptField(card.validThru()), "conf", 0.9));
    result.put("validThruBox", box);
    answer(ex, 0, "SUCCESS", result, Map.of());
  }

  private void idCard(HttpExchange ex, Envelope envelope, boolean withRequestKey) throws IOException {
    Object fixture = fixtures.get(sha256(image(ex, envelope)));
    if (!(fixture instanceof IdFixture id)) {
      answer(ex, 4000121, "ID_CARD_INFO_NOT_FOUND", null, Map.of());
      return;
    }
    List<Map<String, Object>> kvs = new ArrayList<>();
    id.keyValues().forEach((k, v) -> kvs.add(Map.of("key", k, "value", envelope.encryptField(v), "conf", 0.95,
        "bbox", box())));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("fileType", "png");
    result.put("resolution", "low");
    result.put("idType", id.idType());
    result.put("keyValues", kvs);
    result.put("boxes", List.of(box()));
    Map<String, String> headers = new LinkedHashMap<>();
    if (withRequestKey) {
      String requestKey = "rk-" + UUID.randomUUID();
      requestKeys.put(requestKey, false);
      headers.put("Request-Key", requestKey);
    }
    answer(ex, 0, "SUCCESS", result, headers);
  }

  private void authenticity(HttpExchange ex, Envelope envelope) throws IOException {
    String requestKey = ex.getRequestHeaders().getFirst("Request-Key");
    @SuppressWarnings("unchecked")
    Map<String, String> body = jsonb.fromJson(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
        LinkedHashMap.class);
    if (requestKey == null || !Boolean.FALSE.equals(requestKeys.get(requestKey))) {
      answer(ex, 4000122, "AUTHENTICITY_REQUEST_KEY_INVALID", null, Map.of());
      return;
    }
    Map<String, String> plain = new LinkedHashMap<>();
    body.forEach((k, v) -> plain.put(k, k.equals("idType") || k.equals("expirationDate") ? v : envelope.decryptField(v)));
    authenticityFields.add(plain);
    requestKeys.put(requestKey, true);
    answer(ex, 0, "SUCCESS", Map.of("isAuthenticity", true), Map.of("Request-Key", requestKey));
  }

  /** The decrypted image of the multipart body's {@code image} part. */
  private byte[] image(HttpExchange ex, Envelope envelope) throws IOException {
    String contentType = ex.getRequestHeaders().getFirst("Content-Type");
    String boundary = contentType.substring(contentType.indexOf("boundary=") + 9);
    byte[] body = ex.getRequestBody().readAllBytes();
    String latin = new String(body, StandardCharsets.ISO_8859_1);
    int headersEnd = latin.indexOf("\r\n\r\n");
    String headers = latin.substring(0, headersEnd);
    partHeaders.add(headers);
    int end = latin.lastIndexOf("\r\n--" + boundary + "--");
    byte[] part = java.util.Arrays.copyOfRange(body, headersEnd + 4, end);
    if (headers.contains("text/plain")) {
      part = Base64.getDecoder().decode(part);
    }
    try (InputStream plain = envelope.decrypting(new ByteArrayInputStream(part))) {
      return plain.readAllBytes();
    }
  }

  private static Map<String, Object> box() {
    Map<String, Object> box = new LinkedHashMap<>();
    int[] v = {10, 20, 110, 20, 110, 60, 10, 60};
    String[] n = {"x1", "y1", "x2", "y2", "x3", "y3", "x4", "y4"};
    for (int i = 0; i < v.length; i++) {
      box.put(n[i], v[i]);
    }
    return box;
  }

  private void answer(HttpExchange ex, int code, String message, Object result, Map<String, String> headers)
      throws IOException {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("isSuccessful", code == 0);
    header.put("resultCode", code);
    header.put("resultMessage", message);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("header", header);
    if (result != null) {
      answer.put("result", result);
    }
    send(ex, 200, "application/json;charset=UTF-8", jsonb.toJson(answer), headers);
  }

  private static void send(HttpExchange ex, int status, String contentType, String body, Map<String, String> headers)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", contentType);
    headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
