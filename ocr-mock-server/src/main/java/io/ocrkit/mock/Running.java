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
    Recorder recorder = config.record() == null ? null
        : Recorder.start(config.record(), new JcaEnvelopeCrypto(), config.clock());
    try {
      Routes routes = new Routes(config.host(), config.port(), state, admin, config.crypto().create(), recorder);
      int port = routes.start();
      // Key pairs once it listens, not during the start: generating them (and the optimising
      // compiler they set off) took the CPU the start needs on a two-core machine, delaying both the
      // moment it listens and its first public key (0.89 s and 1.10 s after, against 1.20 s and 1.23 s
      // with one pair made during the start).
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
