package io.ocrkit.cli;

import io.ocrkit.mock.MockServerMain;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code ocr mock}: the mock server in the foreground, with the options of its own jar. */
@Command(name = "mock",
    description = {"Run the mock server in the foreground (Ctrl-C or SIGTERM stops it).",
        "Options as the mock jar: [--host H] [--port P] [--app-key K] [--secret-key S]",
        "[--request-key-ttl SECONDS] [--max-upload BYTES]"})
final class MockCommand implements Callable<Integer> {

  @Unmatched
  List<String> args = new ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    MockServerMain.main(args.toArray(String[]::new));
    return ExitCodes.OK;
  }
}
