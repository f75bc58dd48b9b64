package io.ocrkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the CLI knows of where it prints: whether a person watches stderr, and so wants a progress bar. */
record Console(boolean stderrIsTerminal) {

  static Console detect() {
    return new Console(stderrIsATerminal());
  }

  /**
   * Java 17 cannot ask whether stderr is a terminal; on Linux its file descriptor tells. Elsewhere,
   * a console on stdin and stdout is the nearest sign that a person is watching.
   */
  private static boolean stderrIsATerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException notLinux) {
      return System.console() != null;
    }
  }
}
