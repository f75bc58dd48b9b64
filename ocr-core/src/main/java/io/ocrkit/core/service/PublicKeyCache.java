package io.ocrkit.core.service;

import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.ServicePublicKey;
import io.ocrkit.core.port.out.Attempt;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.core.port.out.OcrTransport;
import io.ocrkit.core.port.out.Wire;
import io.ocrkit.core.port.out.WireAnswer;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.protocol.HeaderText;
import io.ocrkit.core.protocol.Recovery;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The services' public keys, fetched once and kept until the service says a version is stale.
 * Thread-safe: concurrent callers share one fetch in flight instead of stampeding the service,
 * and a failed fetch is forgotten so the next caller tries again.
 *
 * <p>A fetch refused for a token the transport has renewed since ({@code 4010006},
 * {@link Recovery#RESEND_WITH_RENEWED_CREDENTIALS}) is sent once more, as a scan would be; any
 * other refusal is thrown for the caller's retry loop to judge.
 */
final class PublicKeyCache {

  private final OcrTransport transport;
  private final EnvelopeCrypto crypto;
  private final ConcurrentMap<KeyService, CompletableFuture<ServicePublicKey>> keys = new ConcurrentHashMap<>();

  PublicKeyCache(OcrTransport transport, EnvelopeCrypto crypto) {
    this.transport = transport;
    this.crypto = crypto;
  }

  /**
   * The current key of {@code service}, fetching it if no caller has yet; a fetch made here
   * belongs to {@code attempt}. Callers that come while it is in flight share its future.
   */
  CompletableFuture<ServicePublicKey> get(KeyService service, Deadline deadline, Attempt attempt) {
    CompletableFuture<ServicePublicKey> mine = new CompletableFuture<>();
    CompletableFuture<ServicePublicKey> existing = keys.putIfAbsent(service, mine);
    if (existing != null) {
      return existing;
    }
    Futures.attempt(() -> fetch(service, deadline, attempt)).whenComplete((key, error) -> {
      if (error == null) {
        mine.complete(key);
      } else {
        keys.remove(service, mine); // before completing: a caller that tries again must fetch anew
        mine.completeExceptionally(Futures.unwrap(error));
      }
    });
    return mine;
  }

  /**
   * Forgets {@code stale} so the next {@link #get} fetches again. A key another caller already
   * replaced stays: two callers that both hit {@code 4000301} cause one fetch, not two.
   */
  void invalidate(ServicePublicKey stale) {
    keys.computeIfPresent(stale.service(), (service, current) ->
        current.isDone() && !current.isCompletedExceptionally() && current.join() == stale ? null : current);
  }

  private CompletableFuture<ServicePublicKey> fetch(KeyService service, Deadline deadline, Attempt attempt) {
    String operation = service.operation();
    return transport.fetchPublicKey(service, deadline.remaining(), attempt).thenCompose(answer -> {
      if (!AnswerHeader.succeeded(operation, answer.header()) && renewedCredentials(answer) && !deadline.expired()) {
        // Nothing is sealed under a key that is not fetched yet: the same GET is simply sent again.
        return transport.fetchPublicKey(service, deadline.remaining(), attempt);
      }
      return CompletableFuture.completedFuture(answer);
    }).thenApply(answer -> keyOf(service, answer));
  }

  private ServicePublicKey keyOf(KeyService service, WireAnswer<Wire.PublicKey> answer) {
    String operation = service.operation();
    if (!AnswerHeader.succeeded(operation, answer.header())) {
      throw new OcrServiceException(operation, answer.header().resultCode(), answer.header().resultMessage());
    }
    Wire.PublicKey result = answer.result();
    if (result == null || result.key() == null || result.version() == null) {
      throw new OcrProtocolException(operation + " answered without a key or version");
    }
    if (!HeaderText.isSafe(result.version(), HeaderText.MAX_KEY_VERSION)) {
      throw new OcrProtocolException(operation + " answered a key version that is not printable ASCII of at most "
          + HeaderText.MAX_KEY_VERSION + " characters");
    }
    return crypto.parsePublicKey(service, result.version(), result.key());
  }

  private static boolean renewedCredentials(WireAnswer<?> answer) {
    return Recovery.of(answer.header().resultCode()) == Recovery.RESEND_WITH_RENEWED_CREDENTIALS
        && answer.credentialsRenewed();
  }
}
