package io.ocrkit.core.testing;

import io.ocrkit.core.model.FileType;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.OcrTransportException;
import io.ocrkit.core.port.out.Attempt;
import io.ocrkit.core.port.out.OcrTransport;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.core.port.out.Wire;
import io.ocrkit.core.port.out.WireAnswer;
import io.ocrkit.core.testing.FakeEnvelopeCrypto.FakeEnvelope;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A scripted stand-in for the transport port, the fake service the core talks to in tests.
 *
 * <p>Each operation answers from a queue of {@link Reply replies} set up by the test; a call with
 * no reply left fails the test. Every call is recorded with what a server would see: the headers,
 * the ciphertext, and the plaintext after "unwrapping" the key through {@link FakeEnvelopeCrypto}.
 * Public keys are answered by default with version {@code "1"}, {@code "2"}, ... one per fetch,
 * so a test sees which fetch a request was sealed under. Key fetches can be made to fail or to
 * block until released, to test the key cache under concurrency. Thread-safe.
 */
public final class FakeTransport implements OcrTransport {

  /** What one enveloped call carried, as the fake server saw it. */
  public record Call(
      Operation operation,
      String keyVersion,
      String wrappedKey,
      FileType fileType,
      byte[] ciphertext,
      long declaredLength,
      byte[] plaintext,
      String requestKey,
      Map<String, String> sentBody,
      Map<String, String> openedBody,
      Duration timeout,
      FakeEnvelope envelope) {

    /** Encrypts an answer field under this call's key, as the service does. */
    public String encrypt(String plaintext) {
      return envelope.encryptField(plaintext);
    }
  }

  /** How the fake service answers one call. */
  @FunctionalInterface
  public interface Reply<W> {
    WireAnswer<W> answer(Call call);
  }

  private final FakeEnvelopeCrypto crypto;
  private final AtomicInteger keyFetches = new AtomicInteger();
  private final List<KeyService> keyFetchServices = new ArrayList<>();
  private final Deque<WireAnswer<Wire.PublicKey>> keyFetchFailures = new ArrayDeque<>();
  private final Deque<Reply<Wire.CreditCard>> creditCard = new ArrayDeque<>();
  private final Deque<Reply<Wire.IdCard>> idCard = new ArrayDeque<>();
  private final Deque<Reply<Wire.Authenticity>> authenticity = new ArrayDeque<>();
  private final List<Call> calls = new ArrayList<>();
  private final List<String> exchanges = new ArrayList<>();
  private volatile CountDownLatch keyFetchStarted;
  private volatile CountDownLatch keyFetchRelease;
  private volatile String publicKeyBase64 = "AQIDBA==";

  public FakeTransport(FakeEnvelopeCrypto crypto) {
    this.crypto = Objects.requireNonNull(crypto, "crypto == null");
  }

  // --- scripting ---

  @SafeVarargs
  public final FakeTransport onCreditCard(Reply<Wire.CreditCard>... replies) {
    synchronized (this) {
      creditCard.addAll(Arrays.asList(replies));
    }
    return this;
  }

  @SafeVarargs
  public final FakeTransport onIdCard(Reply<Wire.IdCard>... replies) {
    synchronized (this) {
      idCard.addAll(Arrays.asList(replies));
    }
    return this;
  }

  @SafeVarargs
  public final FakeTransport onAuthenticity(Reply<Wire.Authenticity>... replies) {
    synchronized (this) {
      authenticity.addAll(Arrays.asList(replies));
    }
    return this;
  }

  /** The next key fetch is refused with {@code resultCode}. */
  public synchronized FakeTransport failNextKeyFetch(int resultCode) {
    keyFetchFailures.add(new WireAnswer<>(new Wire.Header(false, resultCode, "fake refusal " + resultCode), null));
    return this;
  }

  /** The next key fetch is refused for its token ({@code 4010006}), which the transport has renewed since. */
  public synchronized FakeTransport refuseNextKeyFetchRenewingToken() {
    keyFetchFailures.add(new WireAnswer<Wire.PublicKey>(
        new Wire.Header(false, 4010006, "fake refusal 4010006"), null).withCredentialsRenewed());
    return this;
  }

  /** The public key answered from now on (Base64 of its "DER"). */
  public FakeTransport publicKey(String base64) {
    this.publicKeyBase64 = base64;
    return this;
  }

  /**
   * Every key fetch counts {@code started} down, then waits (at most 10 s) until {@code release}
   * opens: concurrent callers pile up behind one fetch in flight.
   */
  public FakeTransport blockKeyFetches(CountDownLatch started, CountDownLatch release) {
    this.keyFetchStarted = started;
    this.keyFetchRelease = release;
    return this;
  }

  // --- replies ---

  /** A successful answer whose result the function builds (encrypting fields with {@link Call#encrypt}). */
  public static <W> Reply<W> success(Function<Call, W> result) {
    return call -> new WireAnswer<>(new Wire.Header(true, 0, "SUCCESS"), result.apply(call));
  }

  /** A successful answer with a {@code Request-Key} response header. */
  public static <W> Reply<W> success(Function<Call, W> result, String requestKey) {
    return call -> new WireAnswer<>(new Wire.Header(true, 0, "SUCCESS"), result.apply(call), requestKey, null);
  }

  /** The service says no with {@code resultCode}. */
  public static <W> Reply<W> refused(int resultCode) {
    return refused(resultCode, null);
  }

  /** The service says no with {@code resultCode} and a {@code Retry-After}. */
  public static <W> Reply<W> refused(int resultCode, Duration retryAfter) {
    return call -> new WireAnswer<>(new Wire.Header(false, resultCode, "fake refusal " + resultCode), null, null,
        retryAfter);
  }

  /** The service refused the token ({@code 4010006}) and the transport has renewed it since. */
  public static <W> Reply<W> tokenRefusedAndRenewed() {
    return call -> new WireAnswer<W>(new Wire.Header(false, 4010006, "fake refusal 4010006"), null)
        .withCredentialsRenewed();
  }

  /** No answer at all: the connection failed. */
  public static <W> Reply<W> fault() {
    return call -> {
      throw new OcrTransportException("fake: connection reset", null);
    };
  }

  // --- what happened ---

  public int keyFetches() {
    return keyFetches.get();
  }

  public synchronized List<KeyService> keyFetchServices() {
    return List.copyOf(keyFetchServices);
  }

  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  public synchronized List<Call> calls(Operation operation) {
    return calls.stream().filter(c -> c.operation() == operation).toList();
  }

  /** Every exchange as {@code "<exchange> of <call operation> #<call id> attempt <n>"}, in order. */
  public synchronized List<String> exchanges() {
    return List.copyOf(exchanges);
  }

  private synchronized void saw(String exchange, Attempt attempt) {
    exchanges.add(exchange + " of " + attempt.call().operation() + " #" + attempt.call().id()
        + " attempt " + attempt.number());
  }

  // --- the port ---

  @Override
  public CompletableFuture<WireAnswer<Wire.PublicKey>> fetchPublicKey(KeyService service, Duration timeout,
      Attempt attempt) {
    saw(service.operation(), attempt);
    return now(() -> publicKey(service));
  }

  /** Answers at once, on the caller's thread: the fake has no network to wait on. */
  private static <T> CompletableFuture<T> now(java.util.function.Supplier<T> answer) {
    try {
      return CompletableFuture.completedFuture(answer.get());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private WireAnswer<Wire.PublicKey> publicKey(KeyService service) {
    int n = keyFetches.incrementAndGet();
    WireAnswer<Wire.PublicKey> failure;
    synchronized (this) {
      keyFetchServices.add(service);
      failure = keyFetchFailures.poll();
    }
    CountDownLatch started = keyFetchStarted;
    CountDownLatch release = keyFetchRelease;
    if (started != null) {
      started.countDown();
      try {
        if (!release.await(10, TimeUnit.SECONDS)) {
          throw new AssertionError("the key fetch was never released");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new OcrTransportException("fake: interrupted", e);
      }
    }
    if (failure != null) {
      return failure;
    }
    return new WireAnswer<>(new Wire.Header(true, 0, "SUCCESS"), new Wire.PublicKey(publicKeyBase64, String.valueOf(n)));
  }

  @Override
  public CompletableFuture<WireAnswer<Wire.CreditCard>> scanCreditCard(Wire.Upload upload, Duration timeout,
      Attempt attempt) {
    saw("credit-card", attempt);
    return now(() -> answer(next(creditCard, "credit-card"), record(upload, timeout)));
  }

  @Override
  public CompletableFuture<WireAnswer<Wire.IdCard>> scanIdCard(Wire.Upload upload, Duration timeout,
      Attempt attempt) {
    saw(upload.operation().pathSegment(), attempt);
    return now(() -> answer(next(idCard, upload.operation().pathSegment()), record(upload, timeout)));
  }

  @Override
  public CompletableFuture<WireAnswer<Wire.Authenticity>> verifyAuthenticity(Wire.AuthenticityUpload upload,
      Duration timeout, Attempt attempt) {
    saw("id-card/authenticity", attempt);
    return now(() -> authenticity(upload, timeout));
  }

  private WireAnswer<Wire.Authenticity> authenticity(Wire.AuthenticityUpload upload, Duration timeout) {
    Reply<Wire.Authenticity> reply = next(authenticity, "id-card/authenticity");
    FakeEnvelope envelope = envelopeOf(upload.wrappedKey());
    Map<String, String> opened = new LinkedHashMap<>();
    upload.body().forEach((name, value) ->
        opened.put(name, Protocol.PLAIN_AUTHENTICITY_FIELDS.contains(name) ? value : envelope.openField(value)));
    Call call = new Call(Operation.ID_CARD_AUTHENTICITY, upload.keyVersion(), upload.wrappedKey(), null, null, -1,
        null, upload.requestKey(), upload.body(), opened, timeout, envelope);
    synchronized (this) {
      calls.add(call);
    }
    return answer(reply, call);
  }

  private Call record(Wire.Upload upload, Duration timeout) {
    FakeEnvelope envelope = envelopeOf(upload.wrappedKey());
    byte[] ciphertext;
    try (InputStream in = upload.ciphertext()) {
      ciphertext = in.readAllBytes();
    } catch (IOException e) {
      throw new OcrTransportException("fake: the upload body failed", e);
    } catch (UncheckedIOException e) {
      throw new OcrTransportException("fake: the upload body failed", e.getCause());
    }
    Call call = new Call(upload.operation(), upload.keyVersion(), upload.wrappedKey(), upload.fileType(), ciphertext,
        upload.ciphertextLength(), envelope.decrypt(ciphertext), null, Map.of(), Map.of(), timeout, envelope);
    synchronized (this) {
      calls.add(call);
    }
    return call;
  }

  private FakeEnvelope envelopeOf(String wrappedKey) {
    return crypto.unwrap(wrappedKey)
        .orElseThrow(() -> new AssertionError("the request's Symmetric-Key was not sealed by the fake crypto"));
  }

  private synchronized <W> Reply<W> next(Deque<Reply<W>> replies, String operation) {
    Reply<W> reply = replies.poll();
    if (reply == null) {
      throw new AssertionError("unexpected call to " + operation + ": no reply scripted");
    }
    return reply;
  }

  private static <W> WireAnswer<W> answer(Reply<W> reply, Call call) {
    return reply.answer(call);
  }
}
