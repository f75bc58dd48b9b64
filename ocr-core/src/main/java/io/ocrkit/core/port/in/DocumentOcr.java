package io.ocrkit.core.port.in;

import io.ocrkit.core.model.AuthenticityRequest;
import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.RequestKey;
import java.util.concurrent.CompletableFuture;

/**
 * The operations of Document OCR v2.0, each sync and async. Results come back decrypted, typed
 * and checked (see {@code findings()}).
 *
 * <p>Failures: {@link IllegalArgumentException} for bad input, before anything is sent;
 * {@link io.ocrkit.core.model.OcrServiceException} when the service says no;
 * {@link io.ocrkit.core.model.OcrTransportException} when the network or a gateway fails;
 * {@link io.ocrkit.core.model.OcrProtocolException} for an answer that does not parse or decrypt.
 * Futures complete exceptionally with the same exceptions. Implementations are thread-safe.
 */
public interface DocumentOcr {

  /** Reads a credit card. */
  CreditCard scanCreditCard(ImageSource image);

  /** Reads an ID card and answers a {@link RequestKey} for one authenticity check. */
  IdCardScan scanIdCard(ImageSource image);

  /** Reads an ID card without a Request-Key (billed lower; no authenticity check possible). */
  IdCardScan scanIdCardStandAlone(ImageSource image);

  /**
   * Asks whether the ID the Request-Key's scan read is authentic, given what the holder says.
   * A spent or expired key is refused before sending; a success spends it.
   */
  boolean verifyAuthenticity(RequestKey requestKey, AuthenticityRequest request);

  CompletableFuture<CreditCard> scanCreditCardAsync(ImageSource image);

  CompletableFuture<IdCardScan> scanIdCardAsync(ImageSource image);

  CompletableFuture<IdCardScan> scanIdCardStandAloneAsync(ImageSource image);

  CompletableFuture<Boolean> verifyAuthenticityAsync(RequestKey requestKey, AuthenticityRequest request);
}
