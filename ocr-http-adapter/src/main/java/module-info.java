/**
 * The ready-wired Document OCR client, {@link io.ocrkit.http.OcrClient}: its builder, its
 * configuration as a value and its event listener are the API. The machinery (the
 * {@code java.net.http} transport, the JSON-B mapping of the wire format, auth, multipart) lives in
 * {@code io.ocrkit.http.internal}, which is not exported, nor are its wire DTOs.
 */
module io.ocrkit.http {
  requires transitive io.ocrkit.core;
  requires transitive io.ocrkit.crypto;
  requires transitive java.net.http; // HttpClient is in the builder's API
  requires jakarta.json.bind;
  // WireJson reads every token once before binding (see requireWholeJson).
  requires jakarta.json;

  exports io.ocrkit.http;

  // Wire DTOs are internal. Their fields are private and WireJson's visibility strategy shows
  // JSON-B fields only, so Yasson binds them by deep reflection, which this `opens` allows; public
  // fields would need an export, since Yasson 3.0.4 reads those through
  // MethodHandles.publicLookup() (ModulePathJsonTest pins this on the module path).
  opens io.ocrkit.http.internal.wire to org.eclipse.yasson;
}
