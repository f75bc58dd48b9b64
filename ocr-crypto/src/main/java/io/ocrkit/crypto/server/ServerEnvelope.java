package io.ocrkit.crypto.server;

import io.ocrkit.core.port.out.Envelope;

/**
 * A request's envelope as the service opens it: the payload is already in memory, so it is
 * decrypted in one pass into one array, without the stream's chunk buffers.
 */
public interface ServerEnvelope extends Envelope {

  /**
   * Decrypts {@code length} bytes of {@code ciphertext} from {@code offset}, leaving them as they are.
   *
   * @return the plaintext, in an array of its own length
   * @throws io.ocrkit.core.model.OcrProtocolException if they do not decrypt (empty, not whole
   *     blocks, bad padding), opaque on purpose
   * @throws IllegalStateException if the envelope is closed
   */
  byte[] decrypt(byte[] ciphertext, int offset, int length);
}
