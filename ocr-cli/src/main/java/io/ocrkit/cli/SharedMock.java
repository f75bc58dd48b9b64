package io.ocrkit.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Optional;

/** The mock an {@code ocr mock} runs, if its state file names one that is alive and answers. */
final class SharedMock {

  private static final int PROBE_MILLIS = 500;

  private SharedMock() {}

  static Optional<MockStateFile.Entry> running(MockStateFile state) {
    return state.read().filter(SharedMock::alive).filter(SharedMock::reachable);
  }

  private static boolean alive(MockStateFile.Entry entry) {
    return ProcessHandle.of(entry.pid()).map(ProcessHandle::isAlive).orElse(false);
  }

  /** A process id is reused after a reboot; a listening port is the proof. */
  private static boolean reachable(MockStateFile.Entry entry) {
    String host = entry.baseUrl().getHost();
    int port = entry.baseUrl().getPort();
    if (host == null || port < 0) {
      return false;
    }
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), PROBE_MILLIS);
      return true;
    } catch (IOException | IllegalArgumentException closed) {
      return false;
    }
  }
}
