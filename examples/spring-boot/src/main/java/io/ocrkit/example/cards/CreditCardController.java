package io.ocrkit.example.cards;

import io.ocrkit.core.model.CardNumber;
import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.http.OcrClient;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /cards/credit} with a multipart {@code image}: the card read, masked, with what the
 * SDK's checks found. The whole number never leaves the service: a caller that needs it should
 * keep it server-side.
 */
@RestController
public class CreditCardController {

  private final OcrClient ocr;

  public CreditCardController(OcrClient ocr) {
    this.ocr = ocr;
  }

  /** What the endpoint answers: masked values and the checks' findings. */
  public record CardResult(String number, String validThru, boolean passedChecks, List<String> findings) {}

  @PostMapping("/cards/credit")
  public CardResult read(@RequestParam("image") MultipartFile image) throws IOException {
    CreditCard card = ocr.scanCreditCard(ImageSource.of(image.getBytes()));
    return new CardResult(card.number().map(CardNumber::masked).orElse(null),
        card.validThru().map(r -> r.value().masked()).orElse(null),
        card.findings().isEmpty(),
        card.findings().stream().map(f -> f.code() + " " + f.field()).toList());
  }

  /** The service's refusal, by its result code; its message names no value. */
  @ExceptionHandler(OcrServiceException.class)
  public ResponseEntity<String> refused(OcrServiceException e) {
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body("OCR refused: " + e.resultCode());
  }
}
