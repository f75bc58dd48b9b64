package io.ocrkit.mock.launch;

import java.util.concurrent.Callable;
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
    System.exit(command().execute(args));
  }

  /** The command line, without exiting: {@code execute} returns the exit code. */
  static CommandLine command() {
    CommandLine cli = new CommandLine(new MockServerMain());
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof IllegalArgumentException) {
        line.getErr().println("error: " + e.getMessage());
        line.usage(line.getErr());
        return CommandLine.ExitCode.USAGE;
      }
      throw e;
    });
    return cli;
  }

  @Override
  public Integer call() throws InterruptedException {
    MockServerRunner.run(options, System.out);
    return CommandLine.ExitCode.OK;
  }
}
