package io.ocrkit.mock.launch;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code java -jar ocr-mock-server.jar [options]}: the options of {@link MockServerOptions}; exit
 * code 2 for options it cannot use, after printing why and the usage.
 */
@Command(name = "ocr-mock-server", mixinStandardHelpOptions = true, versionProvider = ProjectVersion.class,
    description = "A stand-in for the Document OCR service; SIGTERM (Ctrl-C) stops it.")
public final class MockServerMain implements Callable<Integer> {

  @Mixin
  MockServerOptions options;

  public static void main(String[] args) {
    LocaleWarmup.start();
    WireLogging.clamp();
    JettyMemoryProbe.skip();
    Optional<MockServerOptions> quick = QuickOptions.parse(args);
    System.exit(quick.isPresent() ? run(quick.get(), MockServerMain::command) : command().execute(args));
  }

  /** The command line, without exiting: {@code execute} returns the exit code. */
  static CommandLine command() {
    CommandLine cli = new CommandLine(new MockServerMain());
    cli.setExecutionExceptionHandler((e, line, parsed) -> failed(line, e));
    return cli;
  }

  /**
   * As {@code command().execute} runs options it parsed, with the same exit codes; {@code usage} is
   * made only to print a usage error.
   */
  static int run(MockServerOptions options, Supplier<CommandLine> usage) {
    MockServerMain main = new MockServerMain();
    main.options = options;
    try {
      return main.call();
    } catch (Exception e) {
      return failed(usage.get(), e);
    }
  }

  /**
   * The one answer to a run that failed, whichever parse started it: options it cannot use print
   * why and the usage (exit code 2); anything else prints one line naming it (exit code 1), never a
   * stack trace, as the {@code ocr} command does.
   */
  static int failed(CommandLine line, Exception e) {
    if (e instanceof IllegalArgumentException) {
      line.getErr().println("error: " + e.getMessage());
      line.usage(line.getErr());
      return CommandLine.ExitCode.USAGE;
    }
    line.getErr().println("error: the mock stopped: " + e);
    return CommandLine.ExitCode.SOFTWARE;
  }

  @Override
  public Integer call() throws InterruptedException {
    MockServerRunner.run(options, System.out);
    return CommandLine.ExitCode.OK;
  }
}
