package org.esa.snap.core.datamodel;

import java.awt.geom.Point2D;

/** A continuous image position in pixels; the centre of pixel (0, 0) is at (0.5, 0.5). */
public class PixelPos extends Point2D.Double {

  private static final long serialVersionUID = 1L;

  /** Position (0, 0). */
  public PixelPos() {
  }

  public PixelPos(double x, double y) {
    super(x, y);
  }

  /** Whether neither coordinate is NaN. */
  public boolean isValid() {
    return !java.lang.Double.isNaN(x) && !java.lang.Double.isNaN(y);
  }
}
