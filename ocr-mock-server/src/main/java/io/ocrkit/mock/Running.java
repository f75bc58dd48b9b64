package io.ocrkit.mock;

import io.ocrkit.crypto.JcaEnvelopeCrypto;
import io.ocrkit.mock.internal.MockState;
import io.ocrkit.mock.internal.Routes;
import io.ocrkit.mock.internal.WireDebugCheck;
import io.ocrkit.mock.internal.record.Recorder;
import io.ocrkit.mock.internal.record.RecordingLoader;
import java.util.Optional;

/** A started server's parts: its routes and, while recording, the recorder; stopped together. */
final class Running {

  private final Routes routes;
  private final Recorder recorder;
  private final int port;

  private Running(Routes routes, Recorder recorder, int port) {
    this.routes = routes;
    this.recorder = recorder;
    this.port = port;
  }

  /**
   * Loads the recordings, prepares the recorder, then listens.
   *
   * @throws IllegalArgumentException naming a recording file or directory that cannot be used
   */
  static Running start(MockOcrConfig config, MockState state, MockAdmin admin) {
    WireDebugCheck.warnIfWireDebug();
    if (config.fixtures() != null) {
      RecordingLoader.load(config.fixtures(), state.fixtures());
    }
    // One pair on the second core while the server starts, for the first request (an SDK's first call
    // asks for a public key); the others once it listens: key generation on both cores at once took
    // the CPU the start itself needs (Javalin's set-up ran about four times slower).
    state.prefillFirstKey();
    Recorder recorder = config.record() == null ? null
        : Recorder.start(config.record(), new JcaEnvelopeCrypto(), config.clock());
    try {
      Routes routes = new Routes(config.host(), config.port(), state, admin, config.crypto().create(), recorder);
      int port = routes.start();
      state.prefillKeys();
      return new Running(routes, recorder, port);
    } catch (RuntimeException e) {
      if (recorder != null) {
        recorder.close();
      }
      throw e;
    }
  }

  int port() {
    return port;
  }

  Optional<String> recordingSummary() {
    return recorder == null ? Optional.empty() : Optional.of(recorder.summary());
  }

  void stop() {
    routes.stop();
    if (recorder != null) {
      recorder.close();
    }
  }
}
