package io.ocrkit.mock;

import java.net.URI;
import java.nio.file.Path;

/** The builder's recording settings made into one value, or refused naming what is missing. */
final class RecordSettingsCheck {

  private RecordSettingsCheck() {}

  /** Null when neither end of a recording was set. */
  static RecordSettings of(URI from, Path to, UpstreamCredentials credentials, boolean raw) {
    if (from == null && to == null) {
      if (credentials != null || raw) {
        throw new IllegalArgumentException("'upstreamCredentials' and 'recordRaw' need 'recordFrom' and 'recordTo'");
      }
      return null;
    }
    if (from == null) {
      throw new IllegalArgumentException("'recordTo' needs 'recordFrom': the service to record");
    }
    if (to == null) {
      throw new IllegalArgumentException("'recordFrom' needs 'recordTo': the directory to record into");
    }
    if (credentials == null) {
      throw new IllegalArgumentException("recording needs 'upstreamCredentials' for " + from.getHost());
    }
    return new RecordSettings(from, to, credentials, raw);
  }
}
