package io.ocrkit.core.service;

import io.ocrkit.core.model.OcrOptions;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.OcrTransportException;
import io.ocrkit.core.model.ServicePublicKey;
import io.ocrkit.core.port.out.Attempt;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.core.port.out.Wire;
import io.ocrkit.core.port.out.WireAnswer;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.core.protocol.Recovery;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * One enveloped call, from the first attempt to an answer or a final failure: a fresh envelope
 * per attempt, the answer read while its envelope is open, and every refusal handled by its
 * {@link Recovery}. A fresh key ({@code 4000301}) and renewed credentials ({@code 4010006})
 * each earn one resend without spending a retry; backing off spends the retry policy; all
 * within the call's timeout. Thread-safe: each call keeps its own state.
 */
final class EnvelopedCall {

  private static final Logger LOG = System.getLogger(EnvelopedCall.class.getName());

  /** Sends one attempt sealed in {@code envelope}, within {@code timeout}. */
  @FunctionalInterface
  interface Send<W> {
    WireAnswer<W> send(Envelope envelope, Duration timeout, Attempt attempt);
  }

  /** Reads a successful answer while its envelope is still open. */
  @FunctionalInterface
  interface Read<W, R> {
    R read(Envelope envelope, WireAnswer<W> answer);
  }

  private final PublicKeyCache keys;
  private final EnvelopeCrypto crypto;
  private final OcrOptions options;
  private final Timing timing;
  private final CallTrace trace;

  EnvelopedCall(PublicKeyCache keys, EnvelopeCrypto crypto, OcrOptions options, Timing timing, CallTrace trace) {
    this.keys = keys;
    this.crypto = crypto;
    this.options = options;
    this.timing = timing;
    this.trace = trace;
  }

  /** A new deadline of the whole-call timeout, for work outside a call (fetching a key). */
  Deadline deadline() {
    return Deadline.after(options.callTimeout(), timing.ticker());
  }

  /**
   * @param repeatable whether the request can be sent again (a one-shot stream cannot)
   * @throws OcrServiceException the last refusal, when nothing can make the call succeed
   * @throws OcrTransportException the last fault, when the budget allows no further attempt
   */
  <W, R> R run(Operation operation, boolean repeatable, Send<W> send, Read<W, R> read) {
    return trace.run(operation.pathSegment(), call -> run(Attempt.first(call), operation, repeatable, send, read));
  }

  private <W, R> R run(Attempt first, Operation operation, boolean repeatable, Send<W> send, Read<W, R> read) {
    Attempt attempt = first;
    Attempts attempts = new Attempts(options.retry(), deadline(),
        BackoffStrategy.fullJitter(options.retry(), timing.random()), timing.sleeper());
    boolean keyRefreshed = false;
    boolean credentialsRenewed = false;
    String op = operation.pathSegment();
    for (boolean resend = false; ; resend = true) {
      if (resend) {
        attempt = attempt.next();
      }
      try {
        ServicePublicKey key;
        try {
          key = keys.get(operation.keyService(), attempts.deadline(), attempt);
        } catch (OcrServiceException refusedKey) {
          // Nothing was sent yet, so even a one-shot image may wait for a retry-later answer.
          afterRefusedKey(attempts, refusedKey);
          continue;
        }
        try (Envelope envelope = crypto.seal(key)) {
          WireAnswer<W> answer = send.send(envelope, attempts.remaining(), attempt);
          Wire.Header header = answer.header();
          if (AnswerHeader.succeeded(op, header)) {
            return read.read(envelope, answer);
          }
          OcrServiceException refused = new OcrServiceException(op, header.resultCode(), header.resultMessage());
          boolean resendable = repeatable && !attempts.expired();
          Recovery recovery = Recovery.of(header.resultCode());
          switch (recovery) {
            case RESEAL_UNDER_FRESH_KEY -> {
              if (resendable && !keyRefreshed) {
                LOG.log(Level.DEBUG, () -> op + ": key version " + key.version()
                    + " is stale; fetching the key again and resending under a new envelope");
                keys.invalidate(key);
                keyRefreshed = true;
                continue;
              }
            }
            case RESEND_WITH_RENEWED_CREDENTIALS -> {
              if (resendable && !credentialsRenewed && answer.credentialsRenewed()) {
                LOG.log(Level.DEBUG, () -> op + ": credentials refused and renewed; resending once");
                credentialsRenewed = true;
                continue;
              }
            }
            case BACK_OFF_AND_RETRY, WAIT_OUT_QUOTA -> {
              LOG.log(Level.DEBUG, () -> op + " attempt " + attempts.attempt() + " refused: " + header.resultCode());
              attempts.backOffOrThrow(refused, atLeast(answer.retryAfter(), recovery.minimumWait()), repeatable);
              continue;
            }
            case FAIL -> { }
          }
          LOG.log(Level.DEBUG, () -> op + " attempt " + attempts.attempt() + " refused: " + header.resultCode());
          throw refused;
        }
      } catch (OcrTransportException fault) {
        LOG.log(Level.DEBUG,
            () -> op + " attempt " + attempts.attempt() + " failed in transport: " + fault.getMessage());
        attempts.backOffOrThrow(fault, null, repeatable);
      }
    }
  }

  /** A refused key fetch: backing off is the only recovery left once the cache has done its part. */
  private static void afterRefusedKey(Attempts attempts, OcrServiceException refused) {
    Recovery recovery = Recovery.of(refused.resultCode());
    if (!recovery.backsOff()) {
      throw refused;
    }
    attempts.backOffOrThrow(refused, atLeast(null, recovery.minimumWait()), true);
  }

  /** What the service asked for, raised to the recovery's floor; null when neither asks anything. */
  private static Duration atLeast(Duration asked, Duration floor) {
    if (floor.isZero()) {
      return asked;
    }
    return asked == null || asked.compareTo(floor) < 0 ? floor : asked;
  }
}
