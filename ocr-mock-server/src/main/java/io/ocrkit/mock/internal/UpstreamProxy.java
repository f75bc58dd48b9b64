package io.ocrkit.mock.internal;

import io.ocrkit.core.model.FileType;
import io.ocrkit.core.protocol.Operation;
import java.util.Map;

/**
 * Where a recording mock gets its answers instead of its own recogniser: another service reached
 * over the protocol. Its answers go back to the client through the mock's normal answer path, as
 * a registered fixture's would. Implementations are thread-safe.
 */
public interface UpstreamProxy extends AutoCloseable {

  /**
   * The upstream's reading of a decrypted image, as a fixture would hold it: its plain result, or
   * its result code (passed on to the client unchanged).
   */
  Forwarded scan(Operation operation, byte[] image, FileType type);

  /** The mock answered the scan with its own Request-Key: the authenticity call will name that one. */
  void linkRequestKey(String mockRequestKey, Forwarded scan);

  /** Forwards an authenticity check under the upstream's Request-Key for {@code mockRequestKey}. */
  Verdict authenticity(String mockRequestKey, Map<String, String> plainFields);

  /** Stops forwarding; safe twice. */
  @Override
  void close();

  /** One forwarded scan; the upstream's Request-Key is null when it answered none. */
  record Forwarded(MockState.Recognition recognition, String upstreamRequestKey, String sha256) {
    @Override
    public String toString() {
      return "Forwarded[sha256=" + sha256 + ", code=" + recognition.resultCode() + "]";
    }
  }

  /** An authenticity answer: the upstream's code, and its verdict when the code is 0. */
  record Verdict(int resultCode, boolean authentic) {}
}
