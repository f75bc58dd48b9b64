/**
 * The ready-wired Document OCR client: the {@code java.net.http} transport, the JSON-B mapping of
 * the wire format and {@link io.ocrkit.http.OcrClients}, the one-line way to a working client.
 */
module io.ocrkit.http {
  requires transitive io.ocrkit.core;
  requires transitive io.ocrkit.crypto;
  requires java.net.http;
  requires jakarta.json.bind;
  // WireJson reads every token once before binding (see requireWholeJson).
  requires jakarta.json;

  exports io.ocrkit.http;

  // Wire DTOs are internal; Yasson reads and writes them by reflection.
  opens io.ocrkit.http.wire to org.eclipse.yasson;
}
