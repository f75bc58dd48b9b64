package io.ocrkit.cli;

import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.http.OcrClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ocr scan credit-card|id-card|id-card-standalone FILE...}. */
@Command(name = "scan", mixinStandardHelpOptions = true,
    description = "Scan images and print the decrypted result (personal values masked unless --reveal).")
final class ScanCommand implements Callable<Integer> {

  /** What to scan for. */
  enum Kind {
    CREDIT_CARD("credit-card"), ID_CARD("id-card"), ID_CARD_STANDALONE("id-card-standalone");

    final String label;

    Kind(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  @Spec
  CommandSpec spec;

  private final Console console;

  ScanCommand(Console console) {
    this.console = console;
  }

  @Mixin
  ConnectionOptions connection;

  @Mixin
  OutputOptions output;

  @Parameters(index = "0", paramLabel = "KIND", converter = KindConverter.class,
      description = "credit-card, id-card or id-card-standalone")
  Kind kind;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE",
      description = "JPEG or PNG images; with --output, also directories (searched for images by content)")
  List<Path> files;

  @Mixin
  BatchOptions batch;

  @Override
  public Integer call() {
    if (batch.output != null) {
      return batch.run(spec.commandLine(), kind, files, output.reveal, connection, console);
    }
    batch.requireOutputFor(spec.commandLine());
    for (Path file : files) {
      unreadable(file).ifPresent(why -> {
        throw new OneLineUsageError(spec.commandLine(), why);
      });
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ResultView view = new ResultView(output.reveal);
    int exit = ExitCodes.OK;
    try (ConnectionOptions.Connection connection = this.connection.open();
        ProgressLine progress = progressLine(err)) {
      for (Path file : files) {
        long started = System.nanoTime();
        String printed;
        boolean failed = false;
        try {
          Map<String, Object> result = scan(connection.client(), file, view);
          long millis = (System.nanoTime() - started) / 1_000_000;
          printed = output.json ? JsonView.render(withFile(file, result)) + "\n"
              : TextView.render(String.format(Locale.ROOT, "%s  %s  (%d ms)", kind, file, millis), result);
        } catch (RuntimeException failure) {
          failed = true;
          printed = TerminalText.safe("ocr: " + file + ": " + Failures.describe(failure, this.connection.target()))
              + "\n" + (output.verbose ? "  " + failure.getClass().getName() + "\n" : "");
          exit = exit == ExitCodes.OK ? ExitCodes.of(failure) : exit;
        }
        // The bar goes before a result is printed and comes back after: they never share a line.
        if (progress != null) {
          progress.clear();
        }
        PrintWriter to = failed ? err : out;
        to.print(printed);
        to.flush();
        if (progress != null) {
          progress.step();
        }
      }
    }
    return exit;
  }

  /** Why {@code file} cannot be scanned, in one line that says what to give instead; empty if it can. */
  static java.util.Optional<String> unreadable(Path file) {
    String problem;
    if (Files.isDirectory(file)) {
      problem = "is a directory; give image files (JPEG or PNG), or scan it as a batch with --output FILE.jsonl";
    } else if (!Files.exists(file)) {
      problem = "no such file";
    } else if (!Files.isReadable(file)) {
      problem = "permission denied";
    } else {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(problem.startsWith("is") ? "'" + file + "' " + problem
        : "cannot read '" + file + "': " + problem);
  }

  private Map<String, Object> scan(OcrClient client, Path file, ResultView view) {
    return switch (kind) {
      case CREDIT_CARD -> {
        CreditCard card = client.scanCreditCard(ImageSource.of(file));
        yield view.creditCard(card);
      }
      case ID_CARD -> {
        IdCardScan scan = client.scanIdCard(ImageSource.of(file));
        yield view.idCard(scan);
      }
      case ID_CARD_STANDALONE -> view.idCard(client.scanIdCardStandAlone(ImageSource.of(file)));
    };
  }

  /** Every line names its file, one file or many: a script reads one shape. */
  private static Map<String, Object> withFile(Path file, Map<String, Object> result) {
    Map<String, Object> line = new java.util.LinkedHashMap<>();
    line.put("file", file.toString());
    line.putAll(result);
    return line;
  }

  /** A bar on stderr for several files, when a person watches stderr (a terminal). */
  private ProgressLine progressLine(PrintWriter err) {
    if (files.size() < 2 || !console.stderrIsTerminal()) {
      return null;
    }
    return new ProgressLine(err, "scan", files.size(), System::nanoTime);
  }

  /** Accepts the kinds by their command-line names. */
  static final class KindConverter implements picocli.CommandLine.ITypeConverter<Kind> {
    @Override
    public Kind convert(String value) {
      for (Kind k : Kind.values()) {
        if (k.label.equals(value)) {
          return k;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "'" + value + "' is not one of credit-card, id-card, id-card-standalone");
    }
  }
}
