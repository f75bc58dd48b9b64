package io.ocrkit.contract.targets;

import io.ocrkit.core.model.FileType;
import java.util.Objects;

/**
 * An image to scan and its type. Not a record: its bytes are an array that a record would compare
 * by identity and print. The bytes are not copied: tests must not change them.
 */
public final class Sample {

  private final String name;
  private final byte[] bytes;
  private final FileType type;

  public Sample(String name, byte[] bytes, FileType type) {
    this.name = Objects.requireNonNull(name, "name == null");
    this.bytes = Objects.requireNonNull(bytes, "bytes == null");
    this.type = Objects.requireNonNull(type, "type == null");
  }

  /** A name fit for messages, never content. */
  public String name() {
    return name;
  }

  public byte[] bytes() {
    return bytes;
  }

  public FileType type() {
    return type;
  }

  /** {@code image.png} or {@code image.jpg}, as the protocol's multipart filename wants. */
  public String fileName() {
    return "image." + type.wireName();
  }

  @Override
  public String toString() {
    return "Sample[" + name + ", " + type.wireName() + ", " + bytes.length + " bytes]";
  }
}
