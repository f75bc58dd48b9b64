/** The domain, use cases and ports of the Document OCR SDK. Depends on the JDK only. */
module io.ocrkit.core {
  exports io.ocrkit.core.model;
  exports io.ocrkit.core.port.in;
  exports io.ocrkit.core.port.out;
  exports io.ocrkit.core.protocol;
  exports io.ocrkit.core.service;
  exports io.ocrkit.core.validation;
}
