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

  /**
   * Reads a credit card.
   *
   * @param image the card's image, JPEG or PNG
   * @return the decrypted, checked result
   * @throws IllegalArgumentException if the image is unreadable, not a JPEG or PNG, or too big
   * @throws io.ocrkit.core.model.OcrException if the call fails (see the class comment)
   */
  CreditCard scanCreditCard(ImageSource image);

  /**
   * Reads an ID card and answers a {@link RequestKey} for one authenticity check.
   *
   * @param image the card's image, JPEG or PNG
   * @return the decrypted, checked result, with the Request-Key when the service sent one
   * @throws IllegalArgumentException if the image is unreadable, not a JPEG or PNG, or too big
   * @throws io.ocrkit.core.model.OcrException if the call fails (see the class comment)
   */
  IdCardScan scanIdCard(ImageSource image);

  /**
   * Reads an ID card without a Request-Key (billed lower; no authenticity check possible).
   *
   * @param image the card's image, JPEG or PNG
   * @return the decrypted, checked result, never with a Request-Key
   * @throws IllegalArgumentException if the image is unreadable, not a JPEG or PNG, or too big
   * @throws io.ocrkit.core.model.OcrException if the call fails (see the class comment)
   */
  IdCardScan scanIdCardStandAlone(ImageSource image);

  /**
   * Asks whether the ID the Request-Key's scan read is authentic, given what the holder says.
   * A spent or expired key is refused before sending; a success spends it.
   *
   * @param requestKey the key of the scan that read the ID; claimed for the call, spent on success
   * @param request what the holder says, of the same kind of ID
   * @return {@code true} if the service judged the ID authentic
   * @throws IllegalArgumentException if the request is a passport check (withdrawn)
   * @throws io.ocrkit.core.model.OcrServiceException with {@code 4000122} before sending, if the key
   *     is spent, expired or claimed by another check in flight, as the service would answer
   * @throws io.ocrkit.core.model.OcrException if the call fails (see the class comment)
   */
  boolean verifyAuthenticity(RequestKey requestKey, AuthenticityRequest request);

  /**
   * {@link #scanCreditCard} without blocking the caller.
   *
   * @param image the card's image, JPEG or PNG
   * @return a future completed with the result, or exceptionally with the exceptions of the sync call
   */
  CompletableFuture<CreditCard> scanCreditCardAsync(ImageSource image);

  /**
   * {@link #scanIdCard} without blocking the caller.
   *
   * @param image the card's image, JPEG or PNG
   * @return a future completed with the result, or exceptionally with the exceptions of the sync call
   */
  CompletableFuture<IdCardScan> scanIdCardAsync(ImageSource image);

  /**
   * {@link #scanIdCardStandAlone} without blocking the caller.
   *
   * @param image the card's image, JPEG or PNG
   * @return a future completed with the result, or exceptionally with the exceptions of the sync call
   */
  CompletableFuture<IdCardScan> scanIdCardStandAloneAsync(ImageSource image);

  /**
   * {@link #verifyAuthenticity} without blocking the caller.
   *
   * @param requestKey the key of the scan that read the ID
   * @param request what the holder says
   * @return a future completed with the verdict, or exceptionally with the exceptions of the sync call
   */
  CompletableFuture<Boolean> verifyAuthenticityAsync(RequestKey requestKey, AuthenticityRequest request);
}
