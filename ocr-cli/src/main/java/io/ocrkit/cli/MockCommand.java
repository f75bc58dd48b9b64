package io.ocrkit.cli;

import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.launch.MockServerOptions;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ocr mock}: the mock server in the foreground, with the options of its own jar. While it
 * runs, its state file lets {@code --mock} in other commands use it.
 */
@Command(name = "mock", mixinStandardHelpOptions = true, versionProvider = io.ocrkit.mock.launch.ProjectVersion.class,
    description = {"Run the mock server in the foreground (Ctrl-C or SIGTERM stops it).",
        "While it runs, --mock in other ocr commands uses it (see ~/.ocrkit/mock.json)."})
final class MockCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  MockServerOptions options;

  @Override
  public Integer call() throws InterruptedException {
    // Options that make no server throw IllegalArgumentException: the command's handler maps it to USAGE.
    MockOcrServer server = options.toBuilder().build();
    try {
      server.start();
    } catch (RuntimeException failure) {
      server.close();
      if (causedBy(failure, BindException.class) || failure.getClass().getSimpleName().contains("Bind")) {
        throw new OneLineUsageError(spec.commandLine(),
            "port " + spec.findOption("--port").getValue() + " is in use; pick another with --port");
      }
      throw failure;
    }
    MockStateFile state = MockStateFile.inUserHome();
    long pid = ProcessHandle.current().pid();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      state.deleteIfOwnedBy(pid);
      server.close();
      server.recordingSummary().ifPresent(spec.commandLine().getOut()::println);
      spec.commandLine().getOut().flush();
      stopped.countDown();
    }, "ocr-mock-shutdown"));
    state.write(new MockStateFile.Entry(pid, server.baseUrl(), server.appKey(), server.secretKey(),
        server.userAccessKeyId(), server.secretAccessKey()));
    PrintWriter out = spec.commandLine().getOut();
    if (!options.credentialsGiven()) {
      // Throwaway values for a local mock, printed so that a person can use them.
      out.println("demo credentials: app key " + server.appKey() + ", secret key " + server.secretKey());
      out.println("v2.1 user access key id " + server.userAccessKeyId()
          + ", secret access key " + server.secretAccessKey());
    }
    out.println("listening on http://" + server.host() + ":" + server.port());
    out.println(io.ocrkit.mock.launch.MockServerRunner.dashboardLine(server.host(), server.port()));
    io.ocrkit.mock.launch.MockServerRunner.recordingLine(server).ifPresent(out::println);
    out.println("state in " + state.path() + " (ocr ... --mock uses this mock while it runs)");
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
