/**
 * The domain, use cases and ports of the Document OCR SDK. Depends on the JDK only.
 *
 * <p>The use cases ({@code core.service}) are wired by the HTTP adapter's {@code OcrClient}, the
 * one entry point; key material ({@code core.internal}) is handled by the crypto adapter only.
 */
module io.ocrkit.core {
  exports io.ocrkit.core.model;
  exports io.ocrkit.core.port.in;
  exports io.ocrkit.core.port.out;
  exports io.ocrkit.core.protocol;
  exports io.ocrkit.core.validation;
  exports io.ocrkit.core.service to io.ocrkit.http;
  exports io.ocrkit.core.internal to io.ocrkit.crypto;
}
