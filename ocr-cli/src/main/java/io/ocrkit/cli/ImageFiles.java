package io.ocrkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a batch scans: named files, and the regular files under named directories (sorted, so
 * two runs see one order). An image is a JPEG or PNG by its first bytes, whatever its name says.
 */
final class ImageFiles {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

  /** A file left out, and why; {@code named} when the user gave it by name rather than in a directory. */
  record Skipped(Path file, String reason, boolean named) {}

  record Found(List<Path> images, List<Skipped> skipped) {}

  private ImageFiles() {}

  static Found find(List<Path> arguments) {
    List<Path> images = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Path argument : arguments) {
      if (Files.isDirectory(argument)) {
        for (Path file : regularFilesUnder(argument)) {
          classify(file, false, images, skipped);
        }
      } else {
        classify(argument, true, images, skipped);
      }
    }
    return new Found(List.copyOf(images), List.copyOf(skipped));
  }

  private static List<Path> regularFilesUnder(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static void classify(Path file, boolean named, List<Path> images, List<Skipped> skipped) {
    try {
      if (isImage(file)) {
        images.add(file);
      } else {
        skipped.add(new Skipped(file, "not a JPEG or PNG image", named));
      }
    } catch (IOException e) {
      skipped.add(new Skipped(file, "cannot read: " + e.getClass().getSimpleName(), named));
    }
  }

  /** Whether {@code file} starts as a PNG or a JPEG does. */
  static boolean isImage(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(PNG.length);
    }
    return startsWith(head, PNG) || startsWith(head, JPEG);
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
  }
}
