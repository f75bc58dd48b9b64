package io.ocrkit.core.service;

import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.OcrTransportException;
import io.ocrkit.core.port.out.Attempt;
import io.ocrkit.core.port.out.WireAnswer;
import io.ocrkit.core.protocol.Recovery;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * The one decision after an attempt that did not succeed, for one call: send again (after how
 * long, under a fresh key or not) or give up with the failure. Each refusal is handled by its
 * {@link Recovery}: a fresh key ({@code 4000301}) and renewed credentials ({@code 4010006}) each
 * earn one resend without spending a retry; backing off spends the retry policy; all within the
 * call's deadline. Decides only: the caller waits (a scheduled continuation, never a sleeping
 * thread) and sends. Not thread-safe; a call's attempts follow one another.
 */
final class CallRecovery {

  private static final Logger LOG = System.getLogger(CallRecovery.class.getName());

  /**
   * Send again: at once when {@code after} is null, else after that backoff (which may be zero);
   * {@code staleKey}: forget the key the last attempt was sealed under first.
   */
  record Resend(Duration after, boolean staleKey) {}

  private final String op;
  private final boolean repeatable;
  private final Attempts budget;
  private Attempt attempt;
  private boolean keyRefreshed;
  private boolean credentialsRenewed;

  /** @param repeatable whether the request can be sent again (a one-shot stream cannot) */
  CallRecovery(String op, Attempt first, Attempts budget, boolean repeatable) {
    this.op = op;
    this.attempt = first;
    this.budget = budget;
    this.repeatable = repeatable;
  }

  Attempt attempt() {
    return attempt;
  }

  Deadline deadline() {
    return budget.deadline();
  }

  /**
   * After an answer that refused the call.
   *
   * @throws OcrServiceException the refusal, when nothing can make the call succeed
   */
  Resend afterRefusal(WireAnswer<?> answer, String keyVersion) {
    int code = answer.header().resultCode();
    OcrServiceException refused = new OcrServiceException(op, code, answer.header().resultMessage());
    boolean resendable = repeatable && !budget.expired();
    Recovery recovery = Recovery.of(code);
    switch (recovery) {
      case RESEAL_UNDER_FRESH_KEY -> {
        if (resendable && !keyRefreshed) {
          LOG.log(Level.DEBUG, () -> op + ": key version " + keyVersion
              + " is stale; fetching the key again and resending under a new envelope");
          keyRefreshed = true;
          return next(new Resend(null, true));
        }
      }
      case RESEND_WITH_RENEWED_CREDENTIALS -> {
        if (resendable && !credentialsRenewed && answer.credentialsRenewed()) {
          LOG.log(Level.DEBUG, () -> op + ": credentials refused and renewed; resending once");
          credentialsRenewed = true;
          return next(new Resend(null, false));
        }
      }
      case BACK_OFF_AND_RETRY, WAIT_OUT_QUOTA -> {
        LOG.log(Level.DEBUG, () -> op + " attempt " + budget.attempt() + " refused: " + code);
        Duration asked = atLeast(answer.retryAfter(), recovery.minimumWait());
        return backOff(budget.backOffOrThrow(refused, asked, repeatable));
      }
      case FAIL -> { }
    }
    LOG.log(Level.DEBUG, () -> op + " attempt " + budget.attempt() + " refused: " + code);
    throw refused;
  }

  /**
   * After an attempt that failed before an answer came: a fault in transport is retried within
   * the budget; a refused key fetch backs off when its code says so, since nothing was sent yet
   * (even a one-shot image may wait); anything else is final.
   */
  Resend afterFailure(RuntimeException failure, boolean inKeyFetch) {
    if (failure instanceof OcrTransportException fault) {
      LOG.log(Level.DEBUG,
          () -> op + " attempt " + budget.attempt() + " failed in transport: " + fault.getMessage());
      return backOff(budget.backOffOrThrow(fault, null, repeatable));
    }
    if (inKeyFetch && failure instanceof OcrServiceException refused) {
      Recovery recovery = Recovery.of(refused.resultCode());
      if (recovery.backsOff()) {
        return backOff(budget.backOffOrThrow(refused, atLeast(null, recovery.minimumWait()), true));
      }
    }
    throw failure;
  }

  private Resend backOff(Duration wait) {
    return next(new Resend(wait, false));
  }

  private Resend next(Resend resend) {
    attempt = attempt.next();
    return resend;
  }

  /** What the service asked for, raised to the recovery's floor; null when neither asks anything. */
  private static Duration atLeast(Duration asked, Duration floor) {
    if (floor.isZero()) {
      return asked;
    }
    return asked == null || asked.compareTo(floor) < 0 ? floor : asked;
  }
}
