package io.ocrkit.core.model;

/**
 * A recognised area: four corners clockwise from the top-left, in image pixels.
 *
 * @param x1 top-left x
 * @param y1 top-left y
 * @param x2 top-right x
 * @param y2 top-right y
 * @param x3 bottom-right x
 * @param y3 bottom-right y
 * @param x4 bottom-left x
 * @param y4 bottom-left y
 */
public record Quadrilateral(int x1, int y1, int x2, int y2, int x3, int y3, int x4, int y4) {

  /**
   * The axis-aligned rectangle from {@code (left, top)} of the given size.
   *
   * @param left the left edge, in pixels
   * @param top the top edge, in pixels
   * @param width the width, in pixels
   * @param height the height, in pixels
   * @return the four corners, clockwise from the top-left
   */
  public static Quadrilateral rectangle(int left, int top, int width, int height) {
    int right = left + width;
    int bottom = top + height;
    return new Quadrilateral(left, top, right, top, right, bottom, left, bottom);
  }
}
