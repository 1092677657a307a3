package org.dlinsar.ui.detections;

import java.awt.Rectangle;

/**
 * One detection as the Detections window lists it: DL-Detect's id, class, score and pixel box,
 * the dates it was seen in, and Local-SBAS's velocity, its uncertainty (velocity_std), temporal coherence,
 * the DEM's error and the velocity down the slope with its uncertainty at the detection's peak (NaN
 * before Local-SBAS ran; an uncertainty NaN too for a product made before Local-SBAS wrote it, the
 * DEM's error where it fitted none, the velocity down the slope where it projected none).
 *
 * @param box pixels of the source raster, x and y inclusive, width and height as the box's
 */
public record DetectionRow(int id, String detectionClass, double score, double velocityMmPerYear,
    double velocityStdMmPerYear, double temporalCoherence, double demErrorMetres, double velocityDownslopeMmPerYear,
    double velocityDownslopeStdMmPerYear, String firstSeen, String lastSeen, Rectangle box) {

  /** The pixel the image view centres on when the row is selected. */
  public double centreX() {
    return box.getCenterX();
  }

  public double centreY() {
    return box.getCenterY();
  }
}
