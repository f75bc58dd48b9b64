package io.ocrkit.core.model;

import java.util.Optional;

/** Whether the image reached the recommended size of 760×480 pixels. */
public enum Resolution {
  NORMAL,
  LOW;

  public static final int RECOMMENDED_WIDTH = 760;
  public static final int RECOMMENDED_HEIGHT = 480;

  /** The resolution the service would report for an image of this size. */
  public static Resolution of(int width, int height) {
    return width >= RECOMMENDED_WIDTH && height >= RECOMMENDED_HEIGHT ? NORMAL : LOW;
  }

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

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
