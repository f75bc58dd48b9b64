package io.ocrkit.cli;

import io.ocrkit.core.model.ImageSource;
import io.ocrkit.http.OcrClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * {@code ocr scan KIND DIR|FILE... --output results.jsonl}: every image found, scanned with at most
 * {@code concurrency} in flight, one line per file in the results file as each finishes, a summary on
 * stdout. Options are validated by the caller; this class only runs the batch.
 */
final class BatchScan {

  /** The batch as asked for: what, where to, how fast. */
  record Plan(ScanCommand.Kind kind, List<Path> arguments, Path output, int concurrency, Double rate,
      boolean resume, boolean reveal) {}

  private final Plan plan;
  private final Console console;
  private final PrintWriter out;
  private final PrintWriter err;

  BatchScan(Plan plan, Console console, PrintWriter out, PrintWriter err) {
    this.plan = plan;
    this.console = console;
    this.out = out;
    this.err = err;
  }

  /** Runs the batch; returns its exit code. Throws {@link IOException} when the results file cannot be made. */
  int run(ConnectionOptions connection) throws IOException {
    ImageFiles.Found found = ImageFiles.find(plan.arguments());
    Set<Path> done = plan.resume() ? ResultsFile.succeeded(plan.output()) : Set.of();
    List<Path> todo = found.images().stream().filter(f -> !done.contains(ResultsFile.key(f))).toList();
    BatchSummary summary = new BatchSummary();
    ResultView view = new ResultView(plan.reveal());
    // The connection first: a usage error in its options leaves no results file behind.
    // The client paces the scans (--rate, slower by itself on 4000006) and caps what is in flight;
    // the batch's own window of the same size also caps how many images are read at once.
    try (ConnectionOptions.Connection open = connection.open(builder -> {
          builder.maxConcurrency(plan.concurrency());
          if (plan.rate() != null) {
            builder.rateLimit(plan.rate());
          }
          return builder;
        });
        ResultsFile results = plan.resume() ? ResultsFile.append(plan.output()) : ResultsFile.create(plan.output())) {
      for (ImageFiles.Skipped skip : found.skipped()) {
        write(results, summary, BatchLine.skipped(skip.file(), skip.reason()), skip.named() ? ExitCodes.USAGE : 0);
      }
      // From here: the summary's rate is the batch's, not the JVM's or an embedded mock's start.
      long started = System.nanoTime();
      BatchRun batch = new BatchRun(plan.concurrency(), scanner(plan.kind(), open.client(), view));
      URI target = connection.target();
      try (ShutdownStop onInterrupt = new ShutdownStop(batch::stop)) {
        int startedScans;
        try (BatchProgress progress = BatchProgress.on(err, console, todo.size(), System::nanoTime)) {
          startedScans = batch.run(todo, outcome -> {
            Map<String, Object> line = outcome.failure() == null
                ? BatchLine.scanned(outcome.file(), outcome.result())
                : BatchLine.failed(outcome.file(), outcome.failure(), target);
            write(results, summary, line, outcome.failure() == null ? ExitCodes.OK : ExitCodes.of(outcome.failure()));
            progress.step();
          });
        }
        summary.print(out, (System.nanoTime() - started) / 1_000_000, todo.size() - startedScans,
            found.images().size() - todo.size(), plan.output().toString());
      }
    }
    return summary.exitCode();
  }

  private static void write(ResultsFile results, BatchSummary summary, Map<String, Object> line, int exitCode) {
    try {
      results.write(JsonView.render(line));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the results file", e);
    }
    summary.count(line, exitCode);
  }

  static Function<Path, CompletableFuture<Map<String, Object>>> scanner(ScanCommand.Kind kind, OcrClient client,
      ResultView view) {
    return file -> switch (kind) {
      case CREDIT_CARD -> client.scanCreditCardAsync(ImageSource.of(file)).thenApply(view::creditCard);
      case ID_CARD -> client.scanIdCardAsync(ImageSource.of(file)).thenApply(view::idCard);
      case ID_CARD_STANDALONE -> client.scanIdCardStandAloneAsync(ImageSource.of(file)).thenApply(view::idCard);
    };
  }
}
