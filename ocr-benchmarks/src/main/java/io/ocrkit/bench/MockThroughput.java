package io.ocrkit.bench;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.core.model.ServicePublicKey;
import io.ocrkit.crypto.JcaEnvelopeCrypto;
import io.ocrkit.http.OcrClient;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.samples.SampleData;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The mock server under 1, 4 and 16 concurrent clients, each a closed loop of credit-card scans
 * of a 200 KB PNG with the full envelope: every request sealed under a fresh key (JCA, as the
 * SDK's default) and RSA-wrapped, the image encrypted, the answer's fields encrypted by the mock.
 * The clients are bare {@link HttpClient} calls sharing one client (and its connection pool), so
 * the figure is the mock's, not the SDK's answer handling.
 *
 * <p>{@link Mode#SampleTime} gives the latency distribution (p50, p99) per request; the request
 * rate follows by Little's law for a closed loop: {@code clients / mean latency}. Clients and
 * mock run in one JVM and share its cores, as a CI job running the contract suite would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class MockThroughput {

  /** 200 KB, a typical phone photo of a card after the app's resizing. */
  static final int IMAGE_BYTES = 200 * 1024;

  private MockOcrServer mock;
  private HttpClient http;
  private final EnvelopeCrypto crypto = new JcaEnvelopeCrypto();
  private ServicePublicKey publicKey;
  private byte[] image;

  @Setup(Level.Trial)
  public void setUp() throws IOException, InterruptedException {
    image = Loopback.paddedPng(SampleData.creditCard(1), IMAGE_BYTES);
    mock = MockOcrServer.builder().port(0).build().start();
    try (OcrClient keys = OcrClient.builder()
        .baseUrl(mock.baseUrl()).appKey(mock.appKey()).secretKey(mock.secretKey()).build()) {
      publicKey = keys.publicKey(KeyService.CREDIT_CARD);
    }
    http = Loopback.httpClient();
    scan(); // fails the trial at once if the mock refuses the request
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    mock.close();
  }

  @Benchmark
  @Threads(1)
  public String clients01() throws IOException, InterruptedException {
    return scan();
  }

  @Benchmark
  @Threads(4)
  public String clients04() throws IOException, InterruptedException {
    return scan();
  }

  @Benchmark
  @Threads(16)
  public String clients16() throws IOException, InterruptedException {
    return scan();
  }

  /** One request as a client makes it: seal under a fresh key, encrypt, send, check the answer. */
  private String scan() throws IOException, InterruptedException {
    try (Envelope envelope = crypto.seal(publicKey)) {
      byte[] body = Loopback.sealedBody(envelope, image);
      HttpResponse<String> response = http.send(Loopback.scanRequest(mock, envelope, body),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return Loopback.requireSuccess(response.body());
    }
  }
}
