package io.ocrkit.core.port.out;

import io.ocrkit.core.protocol.KeyService;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Moves wire records to and from the service, asynchronously: each method returns at once and its
 * future completes when the answer is in, so no thread waits on the network. Knows URLs,
 * authentication and JSON; knows nothing of keys, retries or result codes: every answer the
 * service gives, successful or not, comes back as a {@link WireAnswer} for the core to judge.
 *
 * <p>A future fails with {@link io.ocrkit.core.model.OcrTransportException} when no answer came
 * (connection failure, timeout, a gateway's non-JSON page) and with
 * {@link io.ocrkit.core.model.OcrProtocolException} when a JSON answer does not have the protocol's
 * shape (the method may also throw them before anything is sent). Each exchange ends within
 * {@code timeout} (what is left of the caller's whole-call budget), or sooner by the adapter's own
 * per-attempt timeout. Every exchange is made for an {@link Attempt} of a call, which the adapter
 * reports to whoever observes it. Thread-safe.
 */
public interface OcrTransport {

  /**
   * Fetches the service's current public key.
   *
   * @param service which service's key
   * @param timeout the longest this exchange may take, answer body included
   * @param attempt the call and attempt this exchange belongs to, for listeners
   * @return the answer, completed when it has been read; its result is null when the service said no
   */
  CompletableFuture<WireAnswer<Wire.PublicKey>> fetchPublicKey(KeyService service, Duration timeout, Attempt attempt);

  /**
   * How many bytes the image part carries for {@code ciphertextLength} bytes of ciphertext: the
   * core checks the size limit against exactly what will be sent, and only the transport knows
   * whether it sends the ciphertext as it is or encoded (Base64).
   *
   * @param ciphertextLength the encrypted image's length in bytes
   * @return the part's length in bytes; by default the ciphertext's own
   */
  default long imagePartLength(long ciphertextLength) {
    return ciphertextLength;
  }

  /**
   * {@link io.ocrkit.core.protocol.Operation#CREDIT_CARD}. The upload's ciphertext is read as the
   * request body is sent, not before.
   *
   * @param upload the sealed image
   * @param timeout the longest this exchange may take, answer body included
   * @param attempt the call and attempt this exchange belongs to, for listeners
   * @return the answer, whatever the service said
   */
  CompletableFuture<WireAnswer<Wire.CreditCard>> scanCreditCard(Wire.Upload upload, Duration timeout,
      Attempt attempt);

  /**
   * {@link io.ocrkit.core.protocol.Operation#ID_CARD} or {@link io.ocrkit.core.protocol.Operation#ID_CARD_STAND_ALONE}, as {@code upload} says.
   *
   * @param upload the sealed image
   * @param timeout the longest this exchange may take, answer body included
   * @param attempt the call and attempt this exchange belongs to, for listeners
   * @return the answer, whatever the service said
   */
  CompletableFuture<WireAnswer<Wire.IdCard>> scanIdCard(Wire.Upload upload, Duration timeout, Attempt attempt);

  /**
   * {@link io.ocrkit.core.protocol.Operation#ID_CARD_AUTHENTICITY}.
   *
   * @param upload the sealed request and its Request-Key
   * @param timeout the longest this exchange may take, answer body included
   * @param attempt the call and attempt this exchange belongs to, for listeners
   * @return the answer, whatever the service said
   */
  CompletableFuture<WireAnswer<Wire.Authenticity>> verifyAuthenticity(Wire.AuthenticityUpload upload,
      Duration timeout, Attempt attempt);
}
