/**
 * The domain, use cases and ports of the Document OCR SDK. Depends on the JDK only.
 *
 * <p>The use cases ({@code core.service}) are wired by the HTTP adapter's {@code OcrClient}, the
 * one entry point; {@code core.internal} (key material, the loopback rule, shape masking) is for the adapters only.
 */
module io.ocrkit.core {
  exports io.ocrkit.core.model;
  exports io.ocrkit.core.port.in;
  exports io.ocrkit.core.port.out;
  exports io.ocrkit.core.protocol;
  exports io.ocrkit.core.validation;
  exports io.ocrkit.core.service to io.ocrkit.http;
  exports io.ocrkit.core.internal to io.ocrkit.crypto, io.ocrkit.http, io.ocrkit.mock, io.ocrkit.cli;
}
