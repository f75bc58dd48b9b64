package io.ocrkit.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of a batch scan, checked here so that each message names its option. */
final class BatchOptions {

  static final int MOST_CONCURRENCY = 256;
  static final int DEFAULT_CONCURRENCY = 4;

  @Option(names = "--output", paramLabel = "FILE.jsonl",
      description = {"Scan as a batch: one JSON line per file in FILE.jsonl as each finishes, a summary on stdout."})
  Path output;

  @Option(names = "--concurrency", paramLabel = "N",
      description = "With --output: scans in flight at once, 1.." + MOST_CONCURRENCY + " (default: "
          + DEFAULT_CONCURRENCY + ").")
  Integer concurrency;

  @Option(names = "--rate", paramLabel = "R", description = "With --output: at most R scans started per second.")
  Double rate;

  @Option(names = "--resume", description = "With --output: skip files FILE.jsonl has as ok, append the rest.")
  boolean resume;

  /** Without {@code --output}, the batch options mean nothing: say so rather than ignore them. */
  void requireOutputFor(CommandLine cli) {
    String given = concurrency != null ? "--concurrency" : rate != null ? "--rate" : resume ? "--resume" : null;
    if (given != null) {
      throw new OneLineUsageError(cli, given + " needs --output FILE.jsonl (a batch scan)");
    }
  }

  int run(CommandLine cli, ScanCommand.Kind kind, List<Path> arguments, boolean reveal,
      ConnectionOptions connection, Console console) {
    if (concurrency != null && (concurrency < 1 || concurrency > MOST_CONCURRENCY)) {
      throw new OneLineUsageError(cli, "--concurrency must be 1.." + MOST_CONCURRENCY + ", was " + concurrency);
    }
    if (rate != null && !(rate > 0 && rate <= 1e6)) {
      throw new OneLineUsageError(cli, "--rate must be a number of scans per second above 0, was " + rate);
    }
    if (Files.isDirectory(output)) {
      throw new OneLineUsageError(cli, "--output '" + output + "' is a directory; give a file such as results.jsonl");
    }
    if (Files.exists(output) && !resume) {
      throw alreadyThere(cli);
    }
    for (Path argument : arguments) {
      if (!Files.isDirectory(argument)) {
        ScanCommand.unreadable(argument).ifPresent(why -> {
          throw new OneLineUsageError(cli, why);
        });
      }
    }
    BatchScan.Plan plan = new BatchScan.Plan(kind, arguments, output,
        concurrency == null ? DEFAULT_CONCURRENCY : concurrency, rate, resume, reveal);
    try {
      return new BatchScan(plan, console, cli.getOut(), cli.getErr()).run(connection);
    } catch (FileAlreadyExistsException createdMeanwhile) {
      throw alreadyThere(cli);
    } catch (IOException e) {
      throw new OneLineUsageError(cli, "cannot write --output '" + output + "': " + e.getClass().getSimpleName());
    }
  }

  private OneLineUsageError alreadyThere(CommandLine cli) {
    return new OneLineUsageError(cli, "--output '" + output + "' already exists; add --resume to continue "
        + "that batch, or give another file");
  }
}
