/** The {@code ocr} command. */
module io.ocrkit.cli {
  requires io.ocrkit.http;
  requires io.ocrkit.mock;
  requires info.picocli;
  // --json output (JsonView); Yasson, the implementation, comes with the http adapter.
  requires jakarta.json.bind;

  opens io.ocrkit.cli to info.picocli;
}
