package io.ocrkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ocr}: scan cards and IDs, check authenticity, show keys, run the mock, or a demo.
 * Exit codes: 0 success, 2 usage, 3 the service refused, 4 transport or protocol failure.
 */
@Command(name = "ocr", mixinStandardHelpOptions = true, versionProvider = io.ocrkit.mock.launch.ProjectVersion.class,
    description = "NHN Cloud Document OCR v2.0 from the command line.",
    subcommands = {ScanCommand.class, VerifyCommand.class, KeysCommand.class, MockCommand.class, DemoCommand.class,
        SamplesCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "2:usage error", "3:the service refused (result code and key printed)",
        "4:transport or protocol failure"})
public final class OcrCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * Without a subcommand, {@code ocr} is a usage error.
   *
   * @throws CommandLine.ParameterException always, which picocli reports with exit code 2
   */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
  }

  /**
   * The {@code ocr} command: {@code java -m io.ocrkit.cli/io.ocrkit.cli.OcrCommand scan ...} or the
   * distribution's {@code bin/ocr}. Exits the JVM with the command's exit code.
   *
   * @param args the command line, e.g. {@code scan credit-card card.png}
   */
  public static void main(String[] args) {
    // No LocaleWarmup here, unlike the mock jar: beside bin/ocr's CDS archive the second thread cost
    // `ocr demo` about 0.5 s more of the main thread's CPU (1.9-2.0 s against 1.4 s without it).
    // The embedded mock's server logs are noise on a command line; warnings still show.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    // Javalin logs a failed start as an error of its own; "ocr mock" says it in one line already.
    if (System.getProperty("org.slf4j.simpleLogger.log.io.javalin.Javalin") == null) {
      System.setProperty("org.slf4j.simpleLogger.log.io.javalin.Javalin", "off");
    }
    // --mock embeds a mock: its Jetty must not print raw header lines at any level asked for.
    io.ocrkit.mock.launch.WireLogging.clamp();
    io.ocrkit.mock.launch.JettyMemoryProbe.skip();
    System.exit(run(args));
  }

  /**
   * Runs the command line and returns its exit code, printing failures as one line on stderr.
   *
   * @param args the command line, as for {@link #main}
   * @return the exit code: 0, 2, 3 or 4 (see the class comment)
   */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    return commandLine(Console.detect());
  }

  /** The command line for {@code console}: tests choose whether stderr is a terminal. */
  static CommandLine commandLine(Console console) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        return type == ScanCommand.class ? type.cast(new ScanCommand(console)) : defaults.create(type);
      }
    };
    CommandLine cli = new CommandLine(new OcrCommand(), factory);
    cli.setParameterExceptionHandler(OneLineUsageError.handler(cli.getParameterExceptionHandler()));
    cli.setExecutionExceptionHandler((failure, commandLine, parseResult) -> {
      Object connection = commandLine.getCommandSpec().mixins().containsKey("connection")
          ? commandLine.getCommandSpec().mixins().get("connection").userObject() : null;
      commandLine.getErr().println(TerminalText.safe("ocr: " + Failures.describe(failure,
          connection instanceof ConnectionOptions options ? options.target() : null)));
      if (parseResult.originalArgs().contains("--verbose")) {
        commandLine.getErr().println("  " + failure.getClass().getName());
      }
      return ExitCodes.of(failure);
    });
    return cli;
  }
}
