package io.ocrkit.mock;

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
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.imageio.ImageIO;
import io.ocrkit.mock.internal.Json;

/**
 * The client side of the protocol built by hand from JDK crypto and {@link HttpClient}, not from
 * the SDK, so the mock and the SDK cannot agree on a shared mistake.
 */
public final class HandClient {

  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final SecureRandom RANDOM = new SecureRandom();

  final MockOcrServer server;
  final String version;
  private final String bearer;

  HandClient(MockOcrServer server) {
    this(server, "v2.0", null);
  }

  HandClient(MockOcrServer server, String version) {
    this(server, version, null);
  }

  /** A v2.1 client when {@code bearer} is a token: it authorizes with X-NHN-Authorization. */
  HandClient(MockOcrServer server, String version, String bearer) {
    this.server = server;
    this.version = version;
    this.bearer = bearer;
  }

  /** A public key answer. */
  record Key(String version, PublicKey key) {}

  /** What a request sent and what came back; {@code symmetricKey} decrypts the answer's fields. */
  record Answer(HttpResponse<String> response, byte[] symmetricKey) {
    Map<String, Object> json() {
      return Json.readObject(response.body());
    }

    int resultCode() {
      return ((Number) header().get("resultCode")).intValue();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> header() {
      return (Map<String, Object>) json().get("header");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> result() {
      return (Map<String, Object>) json().get("result");
    }

    String decrypt(Object base64) {
      return new String(aes(Cipher.DECRYPT_MODE, symmetricKey, Base64.getDecoder().decode((String) base64)),
          StandardCharsets.UTF_8);
    }

    /** The decrypted {@code keyValues} of an ID-card answer. */
    @SuppressWarnings("unchecked")
    Map<String, String> keyValues() {
      Map<String, String> values = new LinkedHashMap<>();
      for (Object o : (List<Object>) result().get("keyValues")) {
        Map<String, Object> kv = (Map<String, Object>) o;
        values.put((String) kv.get("key"), decrypt(kv.get("value")));
      }
      return values;
    }

    String requestKey() {
      return response.headers().firstValue("Request-Key").orElse(null);
    }
  }

  String appPath(String rest) {
    return "/" + version + "/appkeys/" + server.appKey() + "/" + rest;
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(server.baseUrl().resolve(path)).timeout(Duration.ofSeconds(20));
  }

  HttpRequest.Builder authorized(String path) {
    return bearer == null ? request(path).header("Authorization", server.secretKey())
        : request(path).header("X-NHN-Authorization", "Bearer " + bearer);
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Answer publicKeyAnswer(String service) {
    return new Answer(send(authorized(appPath("public-keys/" + service)).GET().build()), null);
  }

  Key key(String service) {
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
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return key;
  }

  public static String wrap(PublicKey key, byte[] symmetricKey) {
    try {
      Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
      rsa.init(Cipher.ENCRYPT_MODE, key);
      return Base64.getEncoder().encodeToString(rsa.doFinal(symmetricKey));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static byte[] aes(int mode, byte[] key, byte[] data) {
    try {
      Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
      aes.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
      return aes.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Seals and uploads a plaintext image to {@code operation} under the current key. */
  Answer scan(String operation, byte[] plaintextImage) {
    Key key = key(operation.startsWith("id-card") ? "id-card" : "credit-card");
    byte[] symmetric = freshKey();
    return upload(operation, key.version(), wrap(key.key(), symmetric), aes(Cipher.ENCRYPT_MODE, symmetric, plaintextImage),
        symmetric);
  }

  Answer upload(String operation, String keyVersion, String wrappedKey, byte[] part, byte[] symmetric) {
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

  /** An authenticity check: every field but idType encrypted (expirationDate too, since passports were withdrawn). */
  Answer authenticity(String requestKey, Map<String, String> fields) {
    Key key = key("id-card");
    byte[] symmetric = freshKey();
    Map<String, Object> body = new LinkedHashMap<>();
    fields.forEach((k, v) -> body.put(k, k.equals("idType") ? v
        : Base64.getEncoder().encodeToString(aes(Cipher.ENCRYPT_MODE, symmetric, v.getBytes(StandardCharsets.UTF_8)))));
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

  static String sha256Hex(byte[] data) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] png(int width, int height, int seed) {
    return image("png", width, height, seed);
  }

  static byte[] jpg(int width, int height, int seed) {
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
  static byte[] pngWithText(byte[] png, String keyword, String text) {
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

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
