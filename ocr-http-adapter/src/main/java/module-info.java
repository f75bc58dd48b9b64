/**
 * The ready-wired Document OCR client, {@link io.ocrkit.http.OcrClient}: its builder, its
 * configuration as a value and its event listener are the API. The machinery (the
 * {@code java.net.http} transport, the JSON-B mapping of the wire format, auth, multipart) lives in
 * {@code io.ocrkit.http.internal}, which is not exported (only its wire DTOs are, for Yasson).
 */
module io.ocrkit.http {
  requires transitive io.ocrkit.core;
  requires transitive io.ocrkit.crypto;
  requires transitive java.net.http; // HttpClient is in the builder's API
  requires jakarta.json.bind;
  // WireJson reads every token once before binding (see requireWholeJson).
  requires jakarta.json;

  exports io.ocrkit.http;

  // Wire DTOs are internal; Yasson reads and writes them by reflection. Yasson 3.0.4 reaches
  // fields through MethodHandles.publicLookup(), which sees only packages exported to everyone: an
  // `opens` alone fails on the module path ("access to public member failed"). Hence the export;
  // the DTOs are plain field holders, not API (ModulePathJsonTest pins this).
  exports io.ocrkit.http.internal.wire;
  opens io.ocrkit.http.internal.wire to org.eclipse.yasson;
}
