package io.ocrkit.bench;

import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.SensitiveValue;
import io.ocrkit.core.port.out.Envelope;
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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A credit-card scan through the SDK against the mock server on loopback ({@link #sdk}), next to
 * the same bytes posted by a bare {@link HttpClient} call ({@link #bare}): one request sealed once
 * in setup, with the SDK's multipart framing and headers, sent again and again (the mock does not
 * remember symmetric keys, so a reused one is accepted as long as its key version is current).
 *
 * <p>Both share the server's work (unwrap, decrypt, hash, answer with encrypted fields) and the
 * loopback; the ratio {@code sdk / bare} is what the SDK adds: the key cache lookup, a fresh key
 * and its RSA wrap, streaming encryption of the image, JSON mapping, field decryption and
 * validation. The mock runs in the benchmark's JVM, so client and server share its cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class RoundTripBenchmark {

  @Param({"102400", "1048576"})
  public int imageBytes;

  private MockOcrServer mock;
  private OcrClient client;
  private HttpClient http;
  private HttpRequest bareRequest;
  private byte[] image;

  @Setup(Level.Trial)
  public void setUp() throws IOException, InterruptedException {
    CreditCardSample sample = SampleData.creditCard(1);
    image = Loopback.paddedPng(sample, imageBytes);
    mock = MockOcrServer.builder().port(0).build().start();
    client = OcrClient.builder()
        .baseUrl(mock.baseUrl())
        .appKey(mock.appKey())
        .secretKey(mock.secretKey())
        .build();
    // Fetches and caches the public key, and proves the SDK reads the sample back.
    CreditCard card = client.scanCreditCard(ImageSource.of(image));
    if (!card.number().map(SensitiveValue::reveal).equals(Optional.of(sample.number()))) {
      throw new IllegalStateException("the SDK did not read the sample's card number back");
    }

    http = Loopback.httpClient();
    try (Envelope envelope = new JcaEnvelopeCrypto().seal(client.publicKey(KeyService.CREDIT_CARD))) {
      bareRequest = Loopback.scanRequest(mock, envelope, Loopback.sealedBody(envelope, image));
    }
    bare(); // the same request must succeed more than once
    bare();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    mock.close();
  }

  @Benchmark
  public CreditCard sdk() {
    return client.scanCreditCard(ImageSource.of(image));
  }

  @Benchmark
  public String bare() throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(bareRequest, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return Loopback.requireSuccess(response.body());
  }
}
