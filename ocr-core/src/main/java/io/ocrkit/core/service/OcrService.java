package io.ocrkit.core.service;

import io.ocrkit.core.model.AuthenticityRequest;
import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrOptions;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.OcrTransportException;
import io.ocrkit.core.model.RequestKey;
import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.core.port.in.DocumentOcr;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.core.port.out.OcrTransport;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.core.port.out.ServicePublicKey;
import io.ocrkit.core.port.out.Wire;
import io.ocrkit.core.port.out.WireAnswer;
import io.ocrkit.core.validation.ResultValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Every rule of the protocol, in one place: which key seals a request and when to fetch it again
 * ({@code 4000301}: once, with a new envelope), a refused token the transport renewed
 * ({@code 4010006}: resent once, with a new envelope), a fresh envelope per attempt, which answer fields
 * are decrypted, how result codes become exceptions, when a Request-Key is spent or expired, what
 * is retried and how long a call may take. Adapters only move bytes and run ciphers.
 *
 * <p>Thread-safe. Async methods run on the given executor, so their futures complete there.
 */
public final class OcrService implements DocumentOcr {

  private static final Logger LOG = System.getLogger(OcrService.class.getName());

  private final OcrTransport transport;
  private final EnvelopeCrypto crypto;
  private final OcrOptions options;
  private final ResultValidator validator;
  private final Executor executor;
  private final Clock clock;
  private final Attempts.Sleeper sleeper;
  private final PublicKeyCache keys;

  public OcrService(OcrTransport transport, EnvelopeCrypto crypto, OcrOptions options,
      ResultValidator validator, Executor executor, Clock clock) {
    this(transport, crypto, options, validator, executor, clock, duration -> Thread.sleep(duration.toMillis()));
  }

  OcrService(OcrTransport transport, EnvelopeCrypto crypto, OcrOptions options, ResultValidator validator,
      Executor executor, Clock clock, Attempts.Sleeper sleeper) {
    this.transport = Objects.requireNonNull(transport, "transport == null");
    this.crypto = Objects.requireNonNull(crypto, "crypto == null");
    this.options = Objects.requireNonNull(options, "options == null");
    this.validator = Objects.requireNonNull(validator, "validator == null");
    this.executor = Objects.requireNonNull(executor, "executor == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.sleeper = sleeper;
    this.keys = new PublicKeyCache(transport, crypto);
  }

  /** The public key the next request to {@code service} would be sealed under, fetched if needed. */
  public ServicePublicKey publicKey(io.ocrkit.core.protocol.KeyService service) {
    Objects.requireNonNull(service, "service == null");
    return keys.get(service, options.callTimeout());
  }

  @Override
  public CreditCard scanCreditCard(ImageSource image) {
    Objects.requireNonNull(image, "image == null");
    PreparedImage prepared = PreparedImage.inspect(image, options.maxImageBytes());
    String op = Operation.CREDIT_CARD.pathSegment();
    CreditCard card = enveloped(Operation.CREDIT_CARD, prepared.repeatable(),
        (envelope, timeout) -> transport.scanCreditCard(upload(Operation.CREDIT_CARD, envelope, prepared), timeout),
        (envelope, answer) -> AnswerReader.creditCard(op, answer.result(), envelope));
    return card.withFindings(validator.check(card));
  }

  @Override
  public IdCardScan scanIdCard(ImageSource image) {
    return idCard(Operation.ID_CARD, image);
  }

  @Override
  public IdCardScan scanIdCardStandAlone(ImageSource image) {
    return idCard(Operation.ID_CARD_STAND_ALONE, image);
  }

  @Override
  public boolean verifyAuthenticity(RequestKey requestKey, AuthenticityRequest request) {
    Objects.requireNonNull(requestKey, "requestKey == null");
    Objects.requireNonNull(request, "request == null");
    String op = Operation.ID_CARD_AUTHENTICITY.pathSegment();
    if (requestKey.isSpent()) {
      throw refusedLocally(op, "the Request-Key was already used by a successful check");
    }
    if (requestKey.isExpired(clock)) {
      throw refusedLocally(op, "the Request-Key expired at " + requestKey.expiresAt().orElseThrow());
    }
    boolean authentic = enveloped(Operation.ID_CARD_AUTHENTICITY, true,
        (envelope, timeout) -> transport.verifyAuthenticity(authenticityUpload(envelope, requestKey, request), timeout),
        (envelope, answer) -> {
          if (answer.result() == null || answer.result().isAuthenticity() == null) {
            throw new OcrProtocolException(op + " answered success without isAuthenticity");
          }
          return answer.result().isAuthenticity();
        });
    requestKey.markSpent();
    return authentic;
  }

  @Override
  public CompletableFuture<CreditCard> scanCreditCardAsync(ImageSource image) {
    return async(() -> scanCreditCard(image));
  }

  @Override
  public CompletableFuture<IdCardScan> scanIdCardAsync(ImageSource image) {
    return async(() -> scanIdCard(image));
  }

  @Override
  public CompletableFuture<IdCardScan> scanIdCardStandAloneAsync(ImageSource image) {
    return async(() -> scanIdCardStandAlone(image));
  }

  @Override
  public CompletableFuture<Boolean> verifyAuthenticityAsync(RequestKey requestKey, AuthenticityRequest request) {
    return async(() -> verifyAuthenticity(requestKey, request));
  }

  private IdCardScan idCard(Operation operation, ImageSource image) {
    Objects.requireNonNull(image, "image == null");
    PreparedImage prepared = PreparedImage.inspect(image, options.maxImageBytes());
    String op = operation.pathSegment();
    Instant started = clock.instant();
    IdCardScan scan = enveloped(operation, prepared.repeatable(),
        (envelope, timeout) -> transport.scanIdCard(upload(operation, envelope, prepared), timeout),
        (envelope, answer) -> AnswerReader.idCard(op, answer.result(), envelope,
            requestKeyOf(operation, answer, started)));
    return scan.withFindings(validator.check(scan));
  }

  /** The Request-Key of an id-card answer, dated from when the call began: it expires no later. */
  private Optional<RequestKey> requestKeyOf(Operation operation, WireAnswer<?> answer, Instant started) {
    if (operation != Operation.ID_CARD) {
      return Optional.empty();
    }
    if (answer.requestKey() == null || answer.requestKey().isBlank()) {
      LOG.log(Level.WARNING, "id-card answered without a Request-Key header; authenticity cannot be checked");
      return Optional.empty();
    }
    return Optional.of(RequestKey.issued(answer.requestKey(), started, options.requestKeyTtl()));
  }

  /** Sends with a fresh envelope per attempt and reads the answer while the envelope is open. */
  private <W, R> R enveloped(Operation operation, boolean repeatable,
      BiFunction<Envelope, Duration, WireAnswer<W>> send, BiFunction<Envelope, WireAnswer<W>, R> read) {
    Attempts attempts = new Attempts(options.retry(), options.callTimeout(), sleeper);
    boolean keyRefreshed = false;
    boolean credentialsRenewed = false;
    while (true) {
      try {
        ServicePublicKey key;
        try {
          key = keys.get(operation.keyService(), attempts.remaining());
        } catch (OcrServiceException refusedKey) {
          // Nothing was sent yet, so even a one-shot image may wait for a retry-later answer.
          attempts.retryOrThrow(refusedKey, null, true);
          continue;
        }
        try (Envelope envelope = crypto.seal(key)) {
          WireAnswer<W> answer = send.apply(envelope, attempts.remaining());
          Wire.Header header = answer.header();
          if (header.isSuccessful() && header.resultCode() == 0) {
            return read.apply(envelope, answer);
          }
          OcrServiceException refused =
              new OcrServiceException(operation.pathSegment(), header.resultCode(), header.resultMessage());
          if (header.resultCode() == ResultCode.INVALID_TOKEN.code() && answer.credentialsRenewed()
              && !credentialsRenewed && repeatable && !attempts.expired()) {
            // A refused token the transport has replaced: resend once, sealed anew, as for a stale key.
            LOG.log(Level.DEBUG, () -> operation.pathSegment() + ": credentials refused and renewed; resending once");
            credentialsRenewed = true;
            continue;
          }
          if (header.resultCode() == ResultCode.INVALID_KEY_VERSION.code() && !keyRefreshed && repeatable
              && !attempts.expired()) {
            LOG.log(Level.DEBUG, () -> operation.pathSegment() + ": key version " + key.version()
                + " is stale; fetching the key again and resending under a new envelope");
            keys.invalidate(key);
            keyRefreshed = true;
            continue;
          }
          LOG.log(Level.DEBUG, () -> operation.pathSegment() + " attempt " + attempts.attempt()
              + " refused: " + header.resultCode());
          attempts.retryOrThrow(refused, answer.retryAfter(), repeatable);
        }
      } catch (OcrTransportException fault) {
        LOG.log(Level.DEBUG, () -> operation.pathSegment() + " attempt " + attempts.attempt()
            + " failed in transport: " + fault.getMessage());
        attempts.retryOrThrow(fault, null, repeatable);
      }
    }
  }

  private static Wire.Upload upload(Operation operation, Envelope envelope, PreparedImage image) {
    try {
      InputStream plaintext = image.open();
      return new Wire.Upload(operation, envelope.keyVersion(), envelope.wrappedKey(), image.fileType(),
          envelope.encrypting(plaintext), Envelope.ciphertextLength(image.length()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read 'image'", e);
    }
  }

  private static Wire.AuthenticityUpload authenticityUpload(Envelope envelope, RequestKey requestKey,
      AuthenticityRequest request) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("idType", request.idType().wireName());
    request.fields().forEach((name, value) ->
        body.put(name, Protocol.PLAIN_AUTHENTICITY_FIELDS.contains(name) ? value : envelope.encryptField(value)));
    return new Wire.AuthenticityUpload(envelope.keyVersion(), envelope.wrappedKey(), requestKey.reveal(), body);
  }

  private static OcrServiceException refusedLocally(String operation, String why) {
    return new OcrServiceException(operation, ResultCode.AUTHENTICITY_REQUEST_KEY_INVALID.code(),
        "refused before sending: " + why);
  }

  private <T> CompletableFuture<T> async(Supplier<T> call) {
    return CompletableFuture.supplyAsync(call, executor);
  }
}
