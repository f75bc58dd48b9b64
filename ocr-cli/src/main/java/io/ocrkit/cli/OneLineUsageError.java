package io.ocrkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * A usage error whose message already says what to do (a missing file, a busy port): printed as
 * one line without the usage that would bury it. Exit code {@link ExitCodes#USAGE}.
 */
final class OneLineUsageError extends ParameterException {

  private static final long serialVersionUID = 1L;

  OneLineUsageError(CommandLine commandLine, String message) {
    super(commandLine, message);
  }

  /** Prints these as one line and hands every other usage error to picocli's handler. */
  static CommandLine.IParameterExceptionHandler handler(CommandLine.IParameterExceptionHandler others) {
    return (failure, args) -> {
      if (failure instanceof OneLineUsageError) {
        failure.getCommandLine().getErr().println(TerminalText.safe("ocr: " + failure.getMessage()));
        return ExitCodes.USAGE;
      }
      return others.handleParseException(failure, args);
    };
  }
}
