package io.ocrkit.core.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An image to scan: a file, bytes in memory, or a stream of known length.
 *
 * <p>Files and byte arrays can be read again, so a retried scan re-seals them with a fresh key. A
 * stream can be read once: a scan from a stream is not retried after its bytes were sent.
 * Nothing is copied here; a byte array must not change while a scan reads it.
 */
public final class ImageSource {

  private final Path path;
  private final byte[] bytes;
  private final InputStream stream;
  private final long streamLength;
  private final AtomicBoolean streamTaken = new AtomicBoolean();

  private ImageSource(Path path, byte[] bytes, InputStream stream, long streamLength) {
    this.path = path;
    this.bytes = bytes;
    this.stream = stream;
    this.streamLength = streamLength;
  }

  /**
   * A file, read when the scan runs (not now) and again for each retry.
   *
   * @param path the image file
   * @return the source
   * @throws NullPointerException if {@code path} is null
   */
  public static ImageSource of(Path path) {
    return new ImageSource(Objects.requireNonNull(path, "path == null"), null, null, -1);
  }

  /**
   * Bytes in memory, not copied: the array must not change until the scan completes.
   *
   * @param bytes the whole image
   * @return the source
   * @throws NullPointerException if {@code bytes} is null
   */
  public static ImageSource of(byte[] bytes) {
    return new ImageSource(null, Objects.requireNonNull(bytes, "bytes == null"), null, -1);
  }

  /**
   * A stream of exactly {@code length} bytes; read once, closed by the scan.
   *
   * @param stream the image's bytes; the caller must not read it afterwards
   * @param length its exact size in bytes; the scan fails if the stream ends early
   * @return the source, not reopenable
   * @throws NullPointerException if {@code stream} is null
   * @throws IllegalArgumentException if {@code length} is negative
   */
  public static ImageSource of(InputStream stream, long length) {
    Objects.requireNonNull(stream, "stream == null");
    if (length < 0) {
      throw new IllegalArgumentException("'length' must not be negative, was " + length);
    }
    return new ImageSource(null, null, stream, length);
  }

  /**
   * The size in bytes.
   *
   * @return the length in bytes; for a file, its current size
   * @throws IllegalArgumentException if the file cannot be read (see {@link #unreadable})
   */
  public long length() {
    if (path != null) {
      try {
        return Files.size(path);
      } catch (IOException e) {
        throw unreadable(e);
      }
    }
    return bytes != null ? bytes.length : streamLength;
  }

  /**
   * Whether {@link #open()} can be called more than once.
   *
   * @return {@code true} for a file or bytes, {@code false} for a stream
   */
  public boolean reopenable() {
    return stream == null;
  }

  /**
   * The image's bytes from the start. For a stream source, only the first call succeeds.
   *
   * @return a stream that the caller closes
   * @throws IOException if the file cannot be opened
   * @throws IllegalStateException if this is a stream source and it was already opened
   */
  public InputStream open() throws IOException {
    if (path != null) {
      return Files.newInputStream(path);
    }
    if (bytes != null) {
      return new ByteArrayInputStream(bytes);
    }
    if (!streamTaken.compareAndSet(false, true)) {
      throw new IllegalStateException("the image stream was already read; use a Path or byte[] to retry");
    }
    return stream;
  }

  /**
   * The failure to report when the image cannot be read: bad input, named by its file name and
   * the kind of failure (e.g. {@code NoSuchFileException}, {@code AccessDeniedException}), with
   * the I/O error kept as the cause.
   *
   * @param e the I/O failure, kept as the cause; its message is not copied (it may hold a path)
   * @return the exception to throw; not thrown here
   */
  public IllegalArgumentException unreadable(IOException e) {
    String what = path != null ? description() : bytes != null ? "bytes" : "stream";
    return new IllegalArgumentException("cannot read 'image' (" + what + "): " + e.getClass().getSimpleName(), e);
  }

  /**
   * What to call the image in a message: a file name or a kind, never content.
   *
   * @return e.g. {@code file card.jpg} or {@code bytes (1024 bytes)}
   */
  public String description() {
    if (path != null) {
      Path name = path.getFileName();
      return "file " + (name == null ? path : name);
    }
    return (bytes != null ? "bytes" : "stream") + " (" + length() + " bytes)";
  }

  @Override
  public String toString() {
    return "ImageSource[" + description() + "]";
  }
}
