package io.ocrkit.mock.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.crypto.Cipher;
import javax.imageio.ImageIO;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.internal.Json;

/**
 * The client side of the protocol built by hand from JDK crypto ({@link HandSeal}) and
 * {@link HttpClient}, not from the SDK, so the mock and the SDK cannot agree on a shared mistake.
 * The one raw client of the tests: the mock's own, its hardening tests', the contract suite's.
 */
public final class HandClient {

  public static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final MockOcrServer server;
  private final String version;
  private final String bearer;
  private final HttpClient http;

  public HandClient(MockOcrServer server) {
    this(server, "v2.0", null);
  }

  public HandClient(MockOcrServer server, String version) {
    this(server, version, null);
  }

  /** A v2.1 client when {@code bearer} is a token: it authorizes with X-NHN-Authorization. */
  public HandClient(MockOcrServer server, String version, String bearer) {
    this(server, version, bearer, HTTP);
  }

  /** A v2.0 client over the caller's HTTP client (its executor, its connection pool). */
  public HandClient(MockOcrServer server, HttpClient http) {
    this(server, "v2.0", null, http);
  }

  private HandClient(MockOcrServer server, String version, String bearer, HttpClient http) {
    this.server = server;
    this.version = version;
    this.bearer = bearer;
    this.http = http;
  }

  /** A public key answer. */
  public record Key(String version, PublicKey key) {}

  /** What a request sent and what came back; {@code symmetricKey} decrypts the answer's fields. */
  public record Answer(HttpResponse<String> response, byte[] symmetricKey) {
    public Map<String, Object> json() {
      return Json.readObject(response.body());
    }

    public int resultCode() {
      return ((Number) header().get("resultCode")).intValue();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> header() {
      return (Map<String, Object>) json().get("header");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> result() {
      return (Map<String, Object>) json().get("result");
    }

    public String decrypt(Object base64) {
      return HandSeal.decryptField(symmetricKey, (String) base64);
    }

    /** The decrypted {@code keyValues} of an ID-card answer. */
    @SuppressWarnings("unchecked")
    public Map<String, String> keyValues() {
      Map<String, String> values = new LinkedHashMap<>();
      for (Object o : (List<Object>) result().get("keyValues")) {
        Map<String, Object> kv = (Map<String, Object>) o;
        values.put((String) kv.get("key"), decrypt(kv.get("value")));
      }
      return values;
    }

    public String requestKey() {
      return response.headers().firstValue("Request-Key").orElse(null);
    }
  }

  public MockOcrServer server() {
    return server;
  }

  public String version() {
    return version;
  }

  public String appPath(String rest) {
    return "/" + version + "/appkeys/" + server.appKey() + "/" + rest;
  }

  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(server.baseUrl().resolve(path)).timeout(Duration.ofSeconds(30));
  }

  /** A request to {@code path} carrying {@code secret} as a v2.0 {@code Authorization} header. */
  public HttpRequest.Builder request(String path, String secret) {
    return request(path).header("Authorization", secret);
  }

  public HttpRequest.Builder authorized(String path) {
    return bearer == null ? request(path, server.secretKey())
        : request(path).header("X-NHN-Authorization", "Bearer " + bearer);
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends {@code request}; its answer's fields decrypt under {@code symmetricKey} (null for none). */
  public Answer answer(HttpRequest request, byte[] symmetricKey) {
    return new Answer(send(request), symmetricKey);
  }

  public Answer publicKeyAnswer(String service) {
    return new Answer(send(authorized(appPath("public-keys/" + service)).GET().build()), null);
  }

  public Key key(String service) {
    Map<String, Object> result = publicKeyAnswer(service).result();
    try {
      PublicKey key = KeyFactory.getInstance("RSA")
          .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode((String) result.get("key"))));
      return new Key((String) result.get("version"), key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static byte[] freshKey() {
    return HandSeal.freshKey();
  }

  public static String wrap(PublicKey key, byte[] symmetricKey) {
    return HandSeal.wrap(key, symmetricKey);
  }

  public static byte[] aes(int mode, byte[] key, byte[] data) {
    return HandSeal.aes(mode, key, data);
  }

  /** Seals and uploads a plaintext image to {@code operation} under the current key. */
  public Answer scan(String operation, byte[] plaintextImage) {
    return scan(operation, key(operation.startsWith("id-card") ? "id-card" : "credit-card"), plaintextImage);
  }

  /** Seals and uploads a plaintext image under {@code key}. */
  public Answer scan(String operation, Key key, byte[] plaintextImage) {
    return scan(operation, key, null, key.version(), null, plaintextImage);
  }

  /**
   * Seals {@code image} under a fresh key and uploads it with the given secret (null: this
   * client's own credentials) and key version, the header carrying {@code symmetricToWrap}
   * instead of that key when it is not null (to provoke the service's errors).
   */
  public Answer scan(String operation, Key key, String secret, String keyVersion, byte[] symmetricToWrap,
      byte[] image) {
    byte[] symmetric = freshKey();
    byte[] wrapped = symmetricToWrap == null ? symmetric : symmetricToWrap;
    HttpRequest.Builder request = (secret == null ? authorized(appPath(operation)) : request(appPath(operation), secret))
        .header("X-Key-Version", keyVersion)
        .header("Symmetric-Key", wrap(key.key(), wrapped));
    return answer(multipart(request, aes(Cipher.ENCRYPT_MODE, symmetric, image)).build(), symmetric);
  }

  public Answer upload(String operation, String keyVersion, String wrappedKey, byte[] part, byte[] symmetric) {
    HttpRequest.Builder request = authorized(appPath(operation));
    if (keyVersion != null) {
      request.header("X-Key-Version", keyVersion);
    }
    if (wrappedKey != null) {
      request.header("Symmetric-Key", wrappedKey);
    }
    return new Answer(send(multipart(request, part).build()), symmetric);
  }

  public static HttpRequest.Builder multipart(HttpRequest.Builder request, byte[] part) {
    String boundary = "----handmade" + Long.toHexString(RANDOM.nextLong());
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"image.png\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    body.writeBytes(part);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
  }

  /** An authenticity check under the current key: every field but idType encrypted. */
  public Answer authenticity(String requestKey, Map<String, String> fields) {
    return authenticity(key("id-card"), requestKey, fields);
  }

  public Answer authenticity(Key key, String requestKey, Map<String, String> fields) {
    byte[] symmetric = freshKey();
    Map<String, Object> body = new LinkedHashMap<>();
    fields.forEach((k, v) -> body.put(k, k.equals("idType") ? v
        : HandSeal.encryptField(symmetric, v)));
    HttpRequest.Builder request = authorized(appPath("id-card/authenticity"))
        .header("X-Key-Version", key.version())
        .header("Symmetric-Key", wrap(key.key(), symmetric))
        .header("Content-Type", "application/json");
    if (requestKey != null) {
      request.header("Request-Key", requestKey);
    }
    return new Answer(send(request.POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build()), symmetric);
  }

  // --- images ---

  public static String sha256Hex(byte[] data) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static byte[] png(int width, int height, int seed) {
    return image("png", width, height, seed);
  }

  public static byte[] jpg(int width, int height, int seed) {
    return image("jpg", width, height, seed);
  }

  private static byte[] image(String format, int width, int height, int seed) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, seed); // a different pixel, a different hash
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A PNG with a {@code tEXt} chunk inserted right after IHDR. */
  public static byte[] pngWithText(byte[] png, String keyword, String text) {
    int afterIhdr = 8 + 4 + 4 + 13 + 4;
    byte[] data = concat(keyword.getBytes(StandardCharsets.ISO_8859_1), new byte[] {0},
        text.getBytes(StandardCharsets.UTF_8));
    byte[] type = "tEXt".getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(type);
    crc.update(data);
    byte[] chunk = concat(ByteBuffer.allocate(4).putInt(data.length).array(), type, data,
        ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    return concat(java.util.Arrays.copyOfRange(png, 0, afterIhdr), chunk,
        java.util.Arrays.copyOfRange(png, afterIhdr, png.length));
  }

  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
