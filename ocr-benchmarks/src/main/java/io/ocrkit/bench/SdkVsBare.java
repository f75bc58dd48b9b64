package io.ocrkit.bench;

import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.SensitiveValue;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.crypto.JcaEnvelopeCrypto;
import io.ocrkit.http.OcrClient;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.SampleData;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SDK's sync scan next to a bare post of the same bytes, interleaved in one JVM against one
 * mock: blocks of calls alternate between the two (the order swapped every block) so that both see
 * the same machine, the same JIT state and the same mock. Per block, the wall time of each call and
 * the CPU by thread group ({@link ThreadGroupCpu}): {@code client} (the calling thread and the HTTP
 * clients' threads), {@code mock} (its Jetty pool), {@code other}. Prints one JSON object per image
 * size, with each run's median wall time and mean CPU per call of each side.
 *
 * <pre>java -cp benchmarks.jar io.ocrkit.bench.SdkVsBare [--image-kb 100,1024] [--runs 3] [--run-ms 6000]
 *   [--warmup-ms 6000] [--block 10]</pre>
 *
 * <p>The bare post is one request sealed once in setup, sent again and again (the mock does not
 * remember symmetric keys); the SDK seals each call under a fresh key, so what it adds over bare is
 * at least an RSA public operation, the AES encryption of the image and the answer's field
 * decryption: {@link Floor} measures those.
 */
public final class SdkVsBare {

  private static final ThreadGroupCpu CPU = new ThreadGroupCpu(name ->
      name.equals("main") || name.startsWith("HttpClient-") ? "client"
          : name.startsWith("JettyServerThreadPool") ? "mock" : "other");

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = Floor.options(args);
    int runs = Integer.parseInt(opts.getOrDefault("runs", "3"));
    long runNanos = Long.parseLong(opts.getOrDefault("run-ms", "6000")) * 1_000_000L;
    long warmupNanos = Long.parseLong(opts.getOrDefault("warmup-ms", "6000")) * 1_000_000L;
    int block = Integer.parseInt(opts.getOrDefault("block", "10"));
    StringBuilder json = new StringBuilder("{");
    String[] sizes = opts.getOrDefault("image-kb", "100,1024").split(",");
    try (MockOcrServer mock = MockOcrServer.builder().port(0).build().start()) {
      for (int i = 0; i < sizes.length; i++) {
        int kb = Integer.parseInt(sizes[i].strip());
        try (Pair pair = new Pair(mock, kb * 1024)) {
          pair.alternate(block, warmupNanos); // JIT and connection warm-up, not reported
          json.append(i == 0 ? "" : ",").append('"').append(kb).append("\":[");
          for (int r = 0; r < runs; r++) {
            json.append(r == 0 ? "" : ",").append(pair.alternate(block, runNanos));
          }
          json.append(']');
        }
      }
    }
    System.out.println(json.append('}'));
  }

  /** The two sides for one image: an SDK client and a bare HTTP client, both warm. */
  private static final class Pair implements AutoCloseable {
    private final OcrClient sdk;
    private final HttpClient http = Loopback.httpClient();
    private final HttpRequest bareRequest;
    private final ImageSource image;

    Pair(MockOcrServer mock, int imageBytes) throws IOException, InterruptedException {
      CreditCardSample sample = SampleData.creditCard(1);
      byte[] png = Loopback.paddedPng(sample, imageBytes);
      image = ImageSource.of(png);
      sdk = OcrClient.builder().baseUrl(mock.baseUrl()).appKey(mock.appKey()).secretKey(mock.secretKey()).build();
      CreditCard card = sdk.scanCreditCard(image);
      if (!card.number().map(SensitiveValue::reveal).equals(Optional.of(sample.number()))) {
        throw new IllegalStateException("the SDK did not read the sample's card number back");
      }
      try (Envelope envelope = new JcaEnvelopeCrypto().seal(sdk.publicKey(KeyService.CREDIT_CARD))) {
        bareRequest = Loopback.scanRequest(mock, envelope, Loopback.sealedBody(envelope, png));
      }
      bare();
    }

    /** Blocks of {@code block} calls, SDK and bare by turns, for {@code nanos}; the run's figures as JSON. */
    String alternate(int block, long nanos) throws IOException, InterruptedException {
      Side sdkSide = new Side();
      Side bareSide = new Side();
      long end = System.nanoTime() + nanos;
      for (boolean sdkFirst = true; System.nanoTime() < end; sdkFirst = !sdkFirst) {
        if (sdkFirst) {
          sdkSide.block(block, this::sdk);
          bareSide.block(block, this::bare);
        } else {
          bareSide.block(block, this::bare);
          sdkSide.block(block, this::sdk);
        }
      }
      return "{\"sdk\":" + sdkSide.json() + ",\"bare\":" + bareSide.json() + "}";
    }

    private void sdk() {
      sdk.scanCreditCard(image);
    }

    private void bare() throws IOException, InterruptedException {
      HttpResponse<String> response = http.send(bareRequest, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      Loopback.requireSuccess(response.body());
    }

    @Override
    public void close() {
      sdk.close();
    }
  }

  /** One side's calls in a run: each call's wall time, the CPU of its blocks by group. */
  private static final class Side {
    private final List<Long> walls = new ArrayList<>();
    private final Map<String, Long> cpu = new java.util.TreeMap<>();

    void block(int calls, Call call) throws IOException, InterruptedException {
      Map<String, Long> before = CPU.snapshot();
      for (int i = 0; i < calls; i++) {
        long t0 = System.nanoTime();
        call.run();
        walls.add(System.nanoTime() - t0);
      }
      ThreadGroupCpu.since(before, CPU.snapshot()).forEach((group, n) -> cpu.merge(group, n, Long::sum));
    }

    String json() {
      List<Long> sorted = new ArrayList<>(walls);
      sorted.sort(null);
      StringBuilder out = new StringBuilder();
      out.append(String.format(java.util.Locale.ROOT, "{\"calls\":%d,\"wallMedianMs\":%.4f,\"cpuMsPerCall\":{",
          sorted.size(), sorted.get(sorted.size() / 2) / 1e6));
      String sep = "";
      for (Map.Entry<String, Long> e : cpu.entrySet()) {
        out.append(sep).append(String.format(java.util.Locale.ROOT, "\"%s\":%.4f", e.getKey(),
            e.getValue() / 1e6 / sorted.size()));
        sep = ",";
      }
      return out.append("}}").toString();
    }
  }

  @FunctionalInterface
  private interface Call {
    void run() throws IOException, InterruptedException;
  }
}
