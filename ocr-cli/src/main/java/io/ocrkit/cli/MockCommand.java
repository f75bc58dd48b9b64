package io.ocrkit.cli;

import io.ocrkit.mock.launch.MockServerOptions;
import io.ocrkit.mock.launch.MockServerRunner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ocr mock}: the mock server in the foreground, with the options of its own jar. */
@Command(name = "mock",
    description = "Run the mock server in the foreground (Ctrl-C or SIGTERM stops it).")
final class MockCommand implements Callable<Integer> {

  @Mixin
  MockServerOptions options;

  @Override
  public Integer call() throws InterruptedException {
    // Options that make no server throw IllegalArgumentException: the command's handler maps it to USAGE.
    MockServerRunner.run(options, System.out);
    return ExitCodes.OK;
  }
}
