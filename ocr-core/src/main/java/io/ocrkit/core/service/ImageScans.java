package io.ocrkit.core.service;

import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrOptions;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.IdType;
import io.ocrkit.core.model.RequestKey;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.port.out.OcrTransport;
import io.ocrkit.core.port.out.Wire;
import io.ocrkit.core.port.out.WireAnswer;
import io.ocrkit.core.protocol.HeaderText;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.core.validation.ResultValidator;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The image operations: the image checked before anything is sent, uploaded encrypted, the answer
 * read into the domain and validated. An ID-card scan's Request-Key is dated from when the call
 * began, so it expires no later than the service's.
 */
final class ImageScans {

  private static final Logger LOG = System.getLogger(ImageScans.class.getName());

  private final OcrTransport transport;
  private final EnvelopedCall calls;
  private final OcrOptions options;
  private final ResultValidator validator;
  private final Clock clock;

  ImageScans(OcrTransport transport, EnvelopedCall calls, OcrOptions options, ResultValidator validator,
      Clock clock) {
    this.transport = transport;
    this.calls = calls;
    this.options = options;
    this.validator = validator;
    this.clock = clock;
  }

  /** @throws IllegalArgumentException at once, for an image refused before anything is sent */
  CompletableFuture<CreditCard> creditCard(ImageSource image) {
    PreparedImage prepared = PreparedImage.inspect(image, options.maxImageBytes(), this::sentLength);
    String op = Operation.CREDIT_CARD.pathSegment();
    return calls.run(Operation.CREDIT_CARD, prepared.repeatable(),
        (envelope, timeout, attempt) ->
            transport.scanCreditCard(upload(Operation.CREDIT_CARD, envelope, prepared), timeout, attempt),
        (envelope, answer) -> AnswerReader.creditCard(op, answer.result(), envelope))
        .thenApply(card -> card.withFindings(validator.check(card)));
  }

  /** {@link Operation#ID_CARD} or {@link Operation#ID_CARD_STAND_ALONE}; refuses images as {@link #creditCard} does. */
  CompletableFuture<IdCardScan> idCard(Operation operation, ImageSource image) {
    PreparedImage prepared = PreparedImage.inspect(image, options.maxImageBytes(), this::sentLength);
    String op = operation.pathSegment();
    Instant started = clock.instant();
    return calls.run(operation, prepared.repeatable(),
        (envelope, timeout, attempt) -> transport.scanIdCard(upload(operation, envelope, prepared), timeout, attempt),
        (envelope, answer) -> AnswerReader.idCard(op, answer.result(), envelope,
            requestKeyOf(operation, answer, started)))
        .thenApply(scan -> scan.withFindings(validator.check(scan)));
  }

  /** The image part's length as sent for a plaintext of {@code plaintextLength} bytes. */
  private long sentLength(long plaintextLength) {
    return transport.imagePartLength(Envelope.ciphertextLength(plaintextLength));
  }

  private Optional<RequestKey> requestKeyOf(Operation operation, WireAnswer<?> answer, Instant started) {
    if (operation != Operation.ID_CARD) {
      return Optional.empty();
    }
    if (answer.requestKey() == null || answer.requestKey().isBlank()) {
      // Passports get none: their authenticity check was withdrawn, so its absence is normal.
      if (!(answer.result() instanceof Wire.IdCard card && IdType.PASSPORT.wireName().equals(card.idType()))) {
        LOG.log(Level.WARNING, "id-card answered without a Request-Key header; authenticity cannot be checked");
      }
      return Optional.empty();
    }
    if (!HeaderText.isSafe(answer.requestKey(), HeaderText.MAX_REQUEST_KEY)) {
      throw new OcrProtocolException(operation.pathSegment() + " answered a Request-Key that is not printable ASCII"
          + " of at most " + HeaderText.MAX_REQUEST_KEY + " characters");
    }
    return Optional.of(RequestKey.issued(answer.requestKey(), started, options.requestKeyTtl()));
  }

  private static Wire.Upload upload(Operation operation, Envelope envelope, PreparedImage image) {
    try {
      InputStream plaintext = image.open();
      return new Wire.Upload(operation, envelope.keyVersion(), envelope.wrappedKey(), image.fileType(),
          envelope.encrypting(plaintext), Envelope.ciphertextLength(image.length()));
    } catch (IOException e) {
      throw image.source().unreadable(e);
    }
  }
}
