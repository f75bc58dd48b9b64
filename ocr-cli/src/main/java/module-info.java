/** The {@code ocr} command. */
module io.ocrkit.cli {
  requires io.ocrkit.http;
  requires io.ocrkit.mock;
  requires info.picocli;
  requires me.tongfei.progressbar;

  opens io.ocrkit.cli to info.picocli;
}
