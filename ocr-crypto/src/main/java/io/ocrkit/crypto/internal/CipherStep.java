package io.ocrkit.crypto.internal;

/**
 * One AES-256-CBC operation in progress, as each library runs it. The envelope drives it; the
 * adapters only say how their library updates and finishes.
 */
interface CipherStep {

  /** Processes {@code len} input bytes into {@code out}; returns the bytes written. */
  int update(byte[] in, int off, int len, byte[] out, int outOff);

  /**
   * Finishes (pads or unpads) into {@code out}; returns the bytes written.
   *
   * @throws io.ocrkit.core.model.OcrProtocolException when the input does not decrypt
   */
  int finish(byte[] out, int outOff);
}
