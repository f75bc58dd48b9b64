package io.ocrkit.core.service;

import io.ocrkit.core.model.AuthenticityRequest;
import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrOptions;
import io.ocrkit.core.model.RequestKey;
import io.ocrkit.core.model.ServicePublicKey;
import io.ocrkit.core.port.in.DocumentOcr;
import io.ocrkit.core.port.out.Attempt;
import io.ocrkit.core.port.out.CallObserver;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.core.port.out.OcrTransport;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.core.validation.ResultValidator;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The use cases over the two ports, with every protocol rule kept in the core: the enveloped call
 * and its one recovery decision per result code ({@code EnvelopedCall}, reading
 * {@link io.ocrkit.core.protocol.Recovery}), the key cache ({@code PublicKeyCache}), the fields
 * decrypted ({@code AnswerReader}), the Request-Key's rules ({@code AuthenticityCheck}). Adapters
 * only move bytes and run ciphers.
 *
 * <p>Every call is asynchronous underneath: no thread waits on the network nor between attempts,
 * and attempts beyond the concurrency limit queue in order, holding no thread. A sync method
 * waits for that future on the caller's thread. An async method starts on the given executor (so
 * a closed one refuses at once) and its future completes there, never on the transport's threads.
 * Thread-safe.
 */
public final class OcrService implements DocumentOcr {

  private final Executor executor;
  private final EnvelopedCall calls;
  private final PublicKeyCache keys;
  private final ImageScans scans;
  private final AuthenticityCheck authenticity;
  private final CallTrace trace;

  public OcrService(OcrTransport transport, EnvelopeCrypto crypto, OcrOptions options,
      ResultValidator validator, Executor executor, Clock clock) {
    this(transport, crypto, options, validator, executor, clock, CallObserver.NONE);
  }

  /** @param observer told when each call starts and ends */
  public OcrService(OcrTransport transport, EnvelopeCrypto crypto, OcrOptions options,
      ResultValidator validator, Executor executor, Clock clock, CallObserver observer) {
    this(transport, crypto, options, validator, executor, clock, Timing.system(), observer);
  }

  /** With the test's ticker, delay and random source. */
  OcrService(OcrTransport transport, EnvelopeCrypto crypto, OcrOptions options, ResultValidator validator,
      Executor executor, Clock clock, Timing timing, CallObserver observer) {
    Objects.requireNonNull(transport, "transport == null");
    Objects.requireNonNull(crypto, "crypto == null");
    Objects.requireNonNull(options, "options == null");
    Objects.requireNonNull(validator, "validator == null");
    Objects.requireNonNull(clock, "clock == null");
    Objects.requireNonNull(timing, "timing == null");
    Objects.requireNonNull(observer, "observer == null");
    this.executor = Objects.requireNonNull(executor, "executor == null");
    this.keys = new PublicKeyCache(transport, crypto);
    this.trace = new CallTrace(observer, timing.ticker());
    this.calls = new EnvelopedCall(keys, crypto, options, timing, trace, executor);
    this.scans = new ImageScans(transport, calls, options, validator, clock);
    this.authenticity = new AuthenticityCheck(transport, calls, clock);
  }

  /**
   * The public key the next request to {@code service} would be sealed under, fetched if needed:
   * a call of its own ({@code public-keys/{service}}), even when the key is cached.
   */
  public ServicePublicKey publicKey(KeyService service) {
    Objects.requireNonNull(service, "service == null");
    return Futures.await(trace.run(service.operation(),
        call -> keys.get(service, calls.deadline(), Attempt.first(call))));
  }

  @Override
  public CreditCard scanCreditCard(ImageSource image) {
    return Futures.await(creditCard(image));
  }

  @Override
  public IdCardScan scanIdCard(ImageSource image) {
    return Futures.await(idCard(Operation.ID_CARD, image));
  }

  @Override
  public IdCardScan scanIdCardStandAlone(ImageSource image) {
    return Futures.await(idCard(Operation.ID_CARD_STAND_ALONE, image));
  }

  @Override
  public boolean verifyAuthenticity(RequestKey requestKey, AuthenticityRequest request) {
    return Futures.await(authenticity(requestKey, request));
  }

  @Override
  public CompletableFuture<CreditCard> scanCreditCardAsync(ImageSource image) {
    return async(() -> creditCard(image));
  }

  @Override
  public CompletableFuture<IdCardScan> scanIdCardAsync(ImageSource image) {
    return async(() -> idCard(Operation.ID_CARD, image));
  }

  @Override
  public CompletableFuture<IdCardScan> scanIdCardStandAloneAsync(ImageSource image) {
    return async(() -> idCard(Operation.ID_CARD_STAND_ALONE, image));
  }

  @Override
  public CompletableFuture<Boolean> verifyAuthenticityAsync(RequestKey requestKey, AuthenticityRequest request) {
    return async(() -> authenticity(requestKey, request));
  }

  private CompletableFuture<CreditCard> creditCard(ImageSource image) {
    Objects.requireNonNull(image, "image == null");
    return scans.creditCard(image);
  }

  private CompletableFuture<IdCardScan> idCard(Operation operation, ImageSource image) {
    Objects.requireNonNull(image, "image == null");
    return scans.idCard(operation, image);
  }

  private CompletableFuture<Boolean> authenticity(RequestKey requestKey, AuthenticityRequest request) {
    Objects.requireNonNull(requestKey, "requestKey == null");
    Objects.requireNonNull(request, "request == null");
    return authenticity.verify(requestKey, request);
  }

  /**
   * Fails the calls that wait for their turn under the concurrency limit, and every call made
   * later, with an {@link io.ocrkit.core.model.OcrTransportException}; calls in flight end as their
   * transport lets them. For the client's close, before its executor stops.
   */
  public void close() {
    calls.close();
  }

  /** Starts {@code call} on the executor (reading the image's head, sealing): the caller's thread only submits. */
  private <T> CompletableFuture<T> async(Supplier<CompletableFuture<T>> call) {
    CompletableFuture<CompletableFuture<T>> started =
        CompletableFuture.supplyAsync(() -> Futures.attempt(call), executor);
    return Futures.completeOn(executor, started.thenCompose(running -> running));
  }
}
