package io.ocrkit.bench;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.model.ServicePublicKey;
import io.ocrkit.crypto.server.BouncyCastleServerEnvelopeCrypto;
import io.ocrkit.crypto.server.ServerEnvelopeCrypto;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decrypting the encrypted fields of one answer, as the SDK does after a scan: a credit card
 * (4 number groups, the whole number, the expiry) and a resident card (4 key values).
 * Field ciphertexts are made once per trial by the service side (BouncyCastle) under a
 * request key, so only the client's opening is measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OpenBenchmark {

  @Param({"jca", "bc"})
  public String provider;

  private Envelope clientEnvelope;
  private List<String> creditCardFields;
  private List<String> idCardFields;

  @Setup(Level.Trial)
  public void setUp() {
    KeyPair pair = Providers.rsa2048();
    ServicePublicKey key = Providers.publicKey(Providers.crypto(provider), pair, KeyService.CREDIT_CARD);
    clientEnvelope = Providers.crypto(provider).seal(key);
    ServerEnvelopeCrypto server = new BouncyCastleServerEnvelopeCrypto();
    try (Envelope serverSide = server.unwrap(pair.getPrivate(), "0", clientEnvelope.wrappedKey())) {
      creditCardFields = encrypt(serverSide, "4111", "1111", "1111", "1111", "4111111111111111", "04/29");
      idCardFields = encrypt(serverSide, "홍길동", "900101-1234568", "2019.03.15", "서울특별시 종로구청장");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    clientEnvelope.close();
  }

  @Benchmark
  public void openCreditCardAnswer(Blackhole hole) {
    for (String field : creditCardFields) {
      hole.consume(clientEnvelope.decryptField(field));
    }
  }

  @Benchmark
  public void openIdCardAnswer(Blackhole hole) {
    for (String field : idCardFields) {
      hole.consume(clientEnvelope.decryptField(field));
    }
  }

  private static List<String> encrypt(Envelope envelope, String... plain) {
    List<String> fields = new ArrayList<>();
    for (String p : plain) {
      fields.add(envelope.encryptField(p));
    }
    return fields;
  }
}
