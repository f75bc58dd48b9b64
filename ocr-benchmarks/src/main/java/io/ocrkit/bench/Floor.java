package io.ocrkit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The CPU the envelope's primitives cost on this machine, with the JDK's own providers: what no
 * implementation of the mock or the SDK can go below. Each figure is the CPU time of the measuring
 * thread ({@link ThreadMXBean}) per operation, over rounds of a fixed duration after a warm-up;
 * printed as one JSON object (median, min and max of the rounds, microseconds).
 *
 * <pre>java -cp benchmarks.jar io.ocrkit.bench.Floor [--image-kb 200,20] [--rounds 5] [--round-ms 400]</pre>
 *
 * <p>The mock's floor per scan is {@code rsaPrivate + aesDecrypt + sha256}; the SDK's, over a bare
 * post, {@code rsaPublic + aesEncrypt + fieldDecrypt} (six short fields, as a card answer has).
 */
public final class Floor {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int FIELDS = 6;

  private final KeyPair rsa = Providers.rsa2048();
  private final byte[] key = new byte[32];
  private final SplittableRandom random = new SplittableRandom(11);
  private final Cipher rsaPrivate;
  private final Cipher rsaPublic;
  private final byte[] wrapped;
  private final List<String> fields = new ArrayList<>();
  private long sink;

  private Floor() throws GeneralSecurityException {
    random.nextBytes(key);
    rsaPublic = Cipher.getInstance("RSA/ECB/PKCS1Padding");
    rsaPublic.init(Cipher.ENCRYPT_MODE, rsa.getPublic());
    wrapped = rsaPublic.doFinal(key);
    rsaPrivate = Cipher.getInstance("RSA/ECB/PKCS1Padding");
    rsaPrivate.init(Cipher.DECRYPT_MODE, rsa.getPrivate());
    for (String plain : List.of("4111111111111111", "12/29", "HONG GILDONG", "1234", "5678", "9012")) {
      fields.add(Base64.getEncoder().encodeToString(aes(Cipher.ENCRYPT_MODE).doFinal(plain.getBytes())));
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = options(args);
    int rounds = Integer.parseInt(opts.getOrDefault("rounds", "5"));
    long roundNanos = Long.parseLong(opts.getOrDefault("round-ms", "400")) * 1_000_000L;
    Floor floor = new Floor();
    StringBuilder json = new StringBuilder("{");
    json.append("\"rsaPrivate\":").append(floor.measure(rounds, roundNanos, floor::rsaPrivate));
    json.append(",\"rsaPublic\":").append(floor.measure(rounds, roundNanos, floor::rsaPublic));
    json.append(",\"fieldDecrypt\":").append(floor.measure(rounds, roundNanos, floor::fieldDecrypt));
    json.append(",\"images\":{");
    String[] sizes = opts.getOrDefault("image-kb", "200,20").split(",");
    for (int i = 0; i < sizes.length; i++) {
      int bytes = Integer.parseInt(sizes[i].strip()) * 1024;
      byte[] image = new byte[bytes];
      floor.random.nextBytes(image);
      byte[] cipherText = floor.aes(Cipher.ENCRYPT_MODE).doFinal(image);
      byte[] out = new byte[cipherText.length + 16];
      json.append(i == 0 ? "" : ",").append('"').append(sizes[i].strip()).append("\":{");
      json.append("\"aesDecrypt\":").append(floor.measure(rounds, roundNanos,
          () -> floor.aes(Cipher.DECRYPT_MODE).doFinal(cipherText, 0, cipherText.length, out, 0)));
      json.append(",\"aesEncrypt\":").append(floor.measure(rounds, roundNanos,
          () -> floor.aes(Cipher.ENCRYPT_MODE).doFinal(image, 0, image.length, out, 0)));
      json.append(",\"sha256\":").append(floor.measure(rounds, roundNanos,
          () -> MessageDigest.getInstance("SHA-256").digest(image)[0]));
      json.append('}');
    }
    json.append("}}");
    System.out.println(json);
  }

  private int rsaPrivate() throws GeneralSecurityException {
    return rsaPrivate.doFinal(wrapped).length;
  }

  private int rsaPublic() throws GeneralSecurityException {
    return rsaPublic.doFinal(key).length;
  }

  /** A card answer's fields: each Base64-decoded and decrypted, as the SDK opens them. */
  private int fieldDecrypt() throws GeneralSecurityException {
    Cipher aes = aes(Cipher.DECRYPT_MODE);
    int n = 0;
    for (String field : fields) {
      n += new String(aes.doFinal(Base64.getDecoder().decode(field)), java.nio.charset.StandardCharsets.UTF_8).length();
    }
    return n;
  }

  /** AES-256-CBC under the envelope's key, IV = its first 16 bytes, as the protocol has it. */
  private Cipher aes(int mode) throws GeneralSecurityException {
    Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
    aes.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
    return aes;
  }

  /**
   * CPU microseconds per operation: median, min and max over the rounds. The warm-up is at least a
   * second and a half: on a busy machine the JIT's compiler threads wait for a core too, and a floor
   * measured before the intrinsics are in would flatter whatever is compared with it.
   */
  private String measure(int rounds, long roundNanos, Op op) throws GeneralSecurityException {
    long warmup = Math.max(rounds * roundNanos, 1_500_000_000L);
    for (long end = System.nanoTime() + warmup; System.nanoTime() < end; ) {
      sink += op.run();
    }
    double[] perOp = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      long end = System.nanoTime() + roundNanos;
      long n = 0;
      while (System.nanoTime() < end) {
        sink += op.run();
        n++;
      }
      perOp[r] = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1000.0 / n;
    }
    Arrays.sort(perOp);
    return String.format(Locale.ROOT, "{\"median\":%.3f,\"min\":%.3f,\"max\":%.3f}",
        perOp[rounds / 2], perOp[0], perOp[rounds - 1]);
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("options come as --name value, was " + args[i]);
      }
      opts.put(args[i].substring(2), args[i + 1]);
    }
    return opts;
  }

  @FunctionalInterface
  private interface Op {
    int run() throws GeneralSecurityException;
  }
}
