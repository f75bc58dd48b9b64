package io.ocrkit.core.model;

/** A recognised area: four corners clockwise from the top-left, in image pixels. */
public record Quadrilateral(int x1, int y1, int x2, int y2, int x3, int y3, int x4, int y4) {

  /** The axis-aligned rectangle from {@code (left, top)} of the given size. */
  public static Quadrilateral rectangle(int left, int top, int width, int height) {
    int right = left + width;
    int bottom = top + height;
    return new Quadrilateral(left, top, right, top, right, bottom, left, bottom);
  }
}
