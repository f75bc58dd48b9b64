package io.ocrkit.cli;

import io.ocrkit.core.model.OcrException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of the batch's results file, one shape for every file: {@code file}, {@code outcome},
 * {@code resultCode} (null when the service gave none), then {@code result} and {@code findings}
 * for a scan, {@code error} (one line, never a secret) for a failure, {@code reason} for a skip.
 */
final class BatchLine {

  static final String OK = "ok";
  /** The service answered with a refusal (exit code 3). */
  static final String REFUSED = "refused";
  /** The network, a gateway, or an answer that did not parse or decrypt (exit code 4). */
  static final String FAILED = "failed";
  /** Anything else, such as a file that could not be read when its turn came. */
  static final String ERROR = "error";
  /** Not scanned: not a JPEG or PNG. */
  static final String SKIPPED = "skipped";

  private BatchLine() {}

  /** {@code result} is a {@link ResultView} map, already masked as asked. */
  static Map<String, Object> scanned(Path file, Map<String, Object> result) {
    Map<String, Object> body = new LinkedHashMap<>(result);
    Object findings = body.remove("findings");
    Map<String, Object> line = head(file, OK, 0);
    line.put("result", body);
    line.put("findings", findings == null ? List.of() : findings);
    return line;
  }

  static Map<String, Object> failed(Path file, Throwable failure, URI target) {
    Integer code = failure instanceof OcrException e ? Integer.valueOf(e.resultCode()) : null;
    Map<String, Object> line = head(file, outcome(failure), code);
    line.put("error", Failures.describe(failure, target));
    return line;
  }

  static Map<String, Object> skipped(Path file, String reason) {
    Map<String, Object> line = head(file, SKIPPED, null);
    line.put("reason", reason);
    return line;
  }

  static String outcome(Throwable failure) {
    return switch (ExitCodes.of(failure)) {
      case ExitCodes.REFUSED -> REFUSED;
      case ExitCodes.TRANSPORT -> FAILED;
      default -> ERROR;
    };
  }

  private static Map<String, Object> head(Path file, String outcome, Integer resultCode) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("file", file.toString());
    line.put("outcome", outcome);
    line.put("resultCode", resultCode);
    return line;
  }
}
