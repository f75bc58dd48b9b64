package io.ocrkit.core.service;

import io.ocrkit.core.model.AuthenticityRequest;
import io.ocrkit.core.model.IdType;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.RequestKey;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.port.out.OcrTransport;
import io.ocrkit.core.port.out.Wire;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.core.protocol.ResultCode;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The authenticity check and the Request-Key's rules: a key that is spent, expired or in use by
 * another check in flight is refused before anything is sent ({@code 4000122}, as the service
 * would); the body is sealed field by field; a successful answer spends the key.
 *
 * <p>A passport check is refused with an {@link IllegalArgumentException} before anything is
 * sent: the service withdrew it on 2026-05-27.
 *
 * <p>Thread-safe. Of two threads holding one key, one sends and the other is refused: the key is
 * claimed before sending, spent on an answer, and released for another try otherwise.
 */
final class AuthenticityCheck {

  private static final String OPERATION = Operation.ID_CARD_AUTHENTICITY.pathSegment();

  private final OcrTransport transport;
  private final EnvelopedCall calls;
  private final Clock clock;

  AuthenticityCheck(OcrTransport transport, EnvelopedCall calls, Clock clock) {
    this.transport = transport;
    this.calls = calls;
    this.clock = clock;
  }

  /** @throws OcrServiceException or IllegalArgumentException at once, for a check refused before sending */
  CompletableFuture<Boolean> verify(RequestKey requestKey, AuthenticityRequest request) {
    if (request.idType() == IdType.PASSPORT) {
      // Refused before the Request-Key is looked at: no key makes a withdrawn check possible.
      throw new IllegalArgumentException("passport authenticity checks were withdrawn by the service on "
          + Protocol.PASSPORT_AUTHENTICITY_WITHDRAWN + "; only resident cards and driver's licences can be checked");
    }
    if (requestKey.isSpent()) {
      throw refusedLocally("the Request-Key was already used by a successful check");
    }
    if (requestKey.isExpired(clock)) {
      throw refusedLocally("the Request-Key expired at " + requestKey.expiresAt().orElseThrow());
    }
    if (!requestKey.tryClaim()) {
      throw refusedLocally(requestKey.isSpent() ? "the Request-Key was already used by a successful check"
          : "another check with the same Request-Key is in flight");
    }
    CompletableFuture<Boolean> check = Futures.attempt(() -> calls.run(Operation.ID_CARD_AUTHENTICITY, true,
        (envelope, timeout, attempt) ->
            transport.verifyAuthenticity(upload(envelope, requestKey, request), timeout, attempt),
        (envelope, answer) -> {
          if (answer.result() == null || answer.result().isAuthenticity() == null) {
            throw new OcrProtocolException(OPERATION + " answered success without isAuthenticity");
          }
          return answer.result().isAuthenticity();
        }));
    return check.whenComplete((authentic, failed) -> {
      if (failed == null) {
        requestKey.markSpent();
      } else {
        requestKey.releaseClaim();
      }
    });
  }

  private static Wire.AuthenticityUpload upload(Envelope envelope, RequestKey requestKey, AuthenticityRequest request) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("idType", request.idType().wireName());
    request.fields().forEach((name, value) ->
        body.put(name, Protocol.PLAIN_AUTHENTICITY_FIELDS.contains(name) ? value : envelope.encryptField(value)));
    return new Wire.AuthenticityUpload(envelope.keyVersion(), envelope.wrappedKey(), requestKey.reveal(), body);
  }

  private static OcrServiceException refusedLocally(String why) {
    return new OcrServiceException(OPERATION, ResultCode.AUTHENTICITY_REQUEST_KEY_INVALID.code(),
        "refused before sending: " + why);
  }
}
