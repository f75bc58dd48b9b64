package io.ocrkit.core.service;

import io.ocrkit.core.model.OcrOptions;
import io.ocrkit.core.model.ServicePublicKey;
import io.ocrkit.core.port.out.Attempt;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.core.port.out.WireAnswer;
import io.ocrkit.core.protocol.Operation;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * One enveloped call, from the first attempt to an answer or a final failure: each attempt
 * admitted by the client's concurrency and rate limits, a fresh envelope per attempt, the answer
 * read while its envelope is open, and every refusal or fault judged by the call's
 * {@link CallRecovery}. Waits between attempts are scheduled continuations on the client's
 * executor, so a call holds no thread while it waits, for the network or for a retry; a sync
 * caller simply waits for the future. Thread-safe: each call keeps its own state.
 */
final class EnvelopedCall {

  /** Sends one attempt sealed in {@code envelope}, within {@code timeout}. */
  @FunctionalInterface
  interface Send<W> {
    CompletableFuture<WireAnswer<W>> send(Envelope envelope, Duration timeout, Attempt attempt);
  }

  /** Reads a successful answer while its envelope is still open. */
  @FunctionalInterface
  interface Read<W, R> {
    R read(Envelope envelope, WireAnswer<W> answer);
  }

  /** How an attempt ended: the call's result, or the resend it earned. */
  private record Outcome<R>(R result, CallRecovery.Resend resend) {}

  private final PublicKeyCache keys;
  private final EnvelopeCrypto crypto;
  private final OcrOptions options;
  private final Timing timing;
  private final CallTrace trace;
  private final Admission admission;
  private final Executor executor;

  EnvelopedCall(PublicKeyCache keys, EnvelopeCrypto crypto, OcrOptions options, Timing timing, CallTrace trace,
      Executor executor) {
    this.keys = keys;
    this.crypto = crypto;
    this.options = options;
    this.timing = timing;
    this.trace = trace;
    this.admission = Admission.of(options, timing);
    this.executor = executor;
  }

  /** Calls waiting for their turn fail now, and later ones at once; those in flight end as they will. */
  void close() {
    admission.close();
  }

  /** A new deadline of the whole-call timeout, for work outside a call (fetching a key). */
  Deadline deadline() {
    return Deadline.after(options.callTimeout(), timing.ticker());
  }

  /**
   * @param repeatable whether the request can be sent again (a one-shot stream cannot)
   * @return fails with the last refusal ({@link io.ocrkit.core.model.OcrServiceException}) when
   *     nothing can make the call succeed, or the last fault when the budget allows no further attempt
   */
  <W, R> CompletableFuture<R> run(Operation operation, boolean repeatable, Send<W> send, Read<W, R> read) {
    return trace.run(operation.pathSegment(), call -> {
      Attempts budget = new Attempts(options.retry(), deadline(),
          BackoffStrategy.fullJitter(options.retry(), timing.random()));
      CallRecovery recovery = new CallRecovery(operation.pathSegment(), Attempt.first(call), budget, repeatable);
      return untilDone(operation, recovery, send, read);
    });
  }

  private <W, R> CompletableFuture<R> untilDone(Operation operation, CallRecovery recovery, Send<W> send,
      Read<W, R> read) {
    return attempt(operation, recovery, send, read).thenCompose(outcome -> {
      if (outcome.resend() == null) {
        return CompletableFuture.completedFuture(outcome.result());
      }
      Duration wait = outcome.resend().after();
      if (wait == null) {
        // Not on the thread that delivered the answer: that may be the HTTP client's own.
        return CompletableFuture.supplyAsync(() -> untilDone(operation, recovery, send, read), executor)
            .thenCompose(resent -> resent);
      }
      return timing.delay().after(wait)
          .thenComposeAsync(waited -> untilDone(operation, recovery, send, read), executor);
    });
  }

  private <W, R> CompletableFuture<Outcome<R>> attempt(Operation operation, CallRecovery recovery, Send<W> send,
      Read<W, R> read) {
    CompletableFuture<Void> admitted = admission.enter();
    Function<Void, CompletableFuture<Outcome<R>>> go = now -> {
      CompletableFuture<Outcome<R>> outcome =
          Futures.attempt(() -> keys.get(operation.keyService(), recovery.deadline(), recovery.attempt()))
              .handle((key, refused) -> refused == null ? sealAndSend(operation, recovery, key, send, read)
                  : CompletableFuture.completedFuture(
                      new Outcome<R>(null, recovery.afterFailure(Futures.unwrap(refused), true))))
              .thenCompose(next -> next);
      return outcome.whenComplete((done, error) -> admission.leave());
    };
    // Admitted at once: go on this thread (the caller's or the executor's). Admitted later, on the
    // thread of an attempt that left or of the rate's timer: go on the executor instead.
    return admitted.isDone() ? admitted.thenCompose(go) : admitted.thenComposeAsync(go, executor);
  }

  private <W, R> CompletableFuture<Outcome<R>> sealAndSend(Operation operation, CallRecovery recovery,
      ServicePublicKey key, Send<W> send, Read<W, R> read) {
    Envelope envelope = crypto.seal(key);
    return Futures.attempt(() -> send.send(envelope, recovery.deadline().remaining(), recovery.attempt()))
        .handle((answer, failed) -> {
          try (envelope) {
            if (failed != null) {
              return new Outcome<>(null, recovery.afterFailure(Futures.unwrap(failed), false));
            }
            admission.answered(answer.header().resultCode());
            if (AnswerHeader.succeeded(operation.pathSegment(), answer.header())) {
              return new Outcome<>(read.read(envelope, answer), null);
            }
            CallRecovery.Resend resend = recovery.afterRefusal(answer, key.version());
            if (resend.staleKey()) {
              keys.invalidate(key);
            }
            return new Outcome<>(null, resend);
          }
        });
  }
}
