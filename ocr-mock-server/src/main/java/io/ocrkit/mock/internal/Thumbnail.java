package io.ocrkit.mock.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A small PNG of an image, at most {@link #MAX_SIDE} pixels on its longer side, for the
 * dashboard's fixture list. Made in memory only: ImageIO's default stream cache would write the
 * image to a temporary file, and a scan is personal data. An image whose header claims more than
 * {@link #MAX_PIXELS} pixels is not decoded at all, and the decoder reads every n-th pixel only,
 * so a large image costs about as much memory as the thumbnail.
 */
final class Thumbnail {

  static final int MAX_SIDE = 96;
  static final long MAX_PIXELS = 100_000_000L;

  private Thumbnail() {}

  /** The thumbnail, or empty when the image cannot be decoded (or is too large to try). */
  static Optional<byte[]> of(byte[] image) {
    Images.Info info = Images.inspect(image).orElse(null);
    if (info == null || info.width() <= 0 || info.height() <= 0
        || (long) info.width() * info.height() > MAX_PIXELS) {
      return Optional.empty();
    }
    try {
      BufferedImage decoded = decode(image, Math.max(1, Math.max(info.width(), info.height()) / (2 * MAX_SIDE)));
      return decoded == null ? Optional.empty() : Optional.of(png(scaled(decoded)));
    } catch (IOException | RuntimeException undecodable) {
      // A fixture image the JDK cannot decode (a CMYK JPEG, a truncated file) just has no thumbnail.
      return Optional.empty();
    }
  }

  private static BufferedImage decode(byte[] image, int step) throws IOException {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(image))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        return reader.read(0, param);
      } finally {
        reader.dispose();
      }
    }
  }

  private static BufferedImage scaled(BufferedImage source) {
    double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
    int w = Math.max(1, (int) Math.round(source.getWidth() * factor));
    int h = Math.max(1, (int) Math.round(source.getHeight() * factor));
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(source, 0, 0, w, h, java.awt.Color.WHITE, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      if (!ImageIO.write(image, "png", out)) {
        throw new IOException("no PNG writer");
      }
    }
    return bytes.toByteArray();
  }
}
