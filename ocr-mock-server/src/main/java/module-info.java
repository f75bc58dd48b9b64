/**
 * A stateful emulator of the Document OCR service: the real paths, the digital envelope, result
 * codes, an admin API for fixtures and faults, and a JUnit 5 extension (JUnit optional).
 */
module io.ocrkit.mock {
  requires transitive io.ocrkit.core;
  requires io.ocrkit.crypto;
  requires io.javalin;
  requires jakarta.json.bind;
  requires static org.junit.jupiter.api;
  requires java.desktop;

  exports io.ocrkit.mock;
  exports io.ocrkit.mock.samples;
}
