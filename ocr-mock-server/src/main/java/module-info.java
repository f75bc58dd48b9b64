/**
 * A stateful emulator of the Document OCR service: the real paths, the digital envelope, result
 * codes, an admin API for fixtures and faults, and a JUnit 5 extension (JUnit optional).
 */
module io.ocrkit.mock {
  requires transitive io.ocrkit.core;
  requires io.ocrkit.crypto;
  requires io.javalin;
  requires jakarta.json.bind;
  requires jakarta.json;
  // Optional: only the JUnit 5 extension needs it, and its users have JUnit already.
  requires static org.junit.jupiter.api;
  requires java.desktop;
  // The recorder's client of the service it records.
  requires java.net.http;
  requires info.picocli;
  requires org.slf4j;

  exports io.ocrkit.mock;
  exports io.ocrkit.mock.samples;
  // The launcher and its options: shared with the ocr command, not an API of the mock.
  exports io.ocrkit.mock.launch to io.ocrkit.cli;
  opens io.ocrkit.mock.launch to info.picocli;
}
