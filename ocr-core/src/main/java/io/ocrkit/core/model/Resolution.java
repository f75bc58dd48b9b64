package io.ocrkit.core.model;

import java.util.Optional;

/** Whether the image reached the recommended size of 760×480 pixels. */
public enum Resolution {
  /** At least {@link #RECOMMENDED_WIDTH} by {@link #RECOMMENDED_HEIGHT} pixels. */
  NORMAL,
  /** Smaller than recommended: readings are less reliable. */
  LOW;

  /** The recommended minimum width, in pixels. */
  public static final int RECOMMENDED_WIDTH = 760;
  /** The recommended minimum height, in pixels. */
  public static final int RECOMMENDED_HEIGHT = 480;

  /**
   * The resolution the service would report for an image of this size.
   *
   * @param width the image's width, in pixels
   * @param height the image's height, in pixels
   * @return {@link #NORMAL} or {@link #LOW}
   */
  public static Resolution of(int width, int height) {
    return width >= RECOMMENDED_WIDTH && height >= RECOMMENDED_HEIGHT ? NORMAL : LOW;
  }

  /**
   * The service's name for it.
   *
   * @return {@code normal} or {@code low}
   */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The resolution the service named, in any case.
   *
   * @param name {@code normal} or {@code low}; may be null
   * @return the resolution, or empty for any other name
   */
  public static Optional<Resolution> fromWire(String name) {
    if ("normal".equalsIgnoreCase(name)) {
      return Optional.of(NORMAL);
    }
    if ("low".equalsIgnoreCase(name)) {
      return Optional.of(LOW);
    }
    return Optional.empty();
  }
}
