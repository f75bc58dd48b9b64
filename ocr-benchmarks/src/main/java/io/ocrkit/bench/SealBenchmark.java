package io.ocrkit.bench;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.core.model.ServicePublicKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One full seal of an image as the SDK does it for a request: a fresh key, the RSA wrap, and
 * AES-256-CBC of the image read through into the bytes that go on the wire (the stream the HTTP
 * body publisher drains, here drained into a reused 64 KiB buffer).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SealBenchmark {

  @Param({"102400", "1048576", "5242880", "20971520"})
  public int imageBytes;

  @Param({"jca", "bc"})
  public String provider;

  private EnvelopeCrypto crypto;
  private ServicePublicKey publicKey;
  private byte[] image;
  private final byte[] sink = new byte[64 * 1024];

  @Setup
  public void setUp() {
    crypto = Providers.crypto(provider);
    publicKey = Providers.publicKey(crypto, Providers.rsa2048(), KeyService.CREDIT_CARD);
    image = new byte[imageBytes];
    new SplittableRandom(42).nextBytes(image);
  }

  /** Returns the ciphertext length so the work cannot be optimised away. */
  @Benchmark
  public long seal() throws IOException {
    long total = 0;
    try (Envelope envelope = crypto.seal(publicKey);
        InputStream wire = envelope.encrypting(new ByteArrayInputStream(image))) {
      total += envelope.wrappedKey().length();
      for (int n; (n = wire.read(sink)) > 0; ) {
        total += n;
      }
    }
    return total;
  }
}
