package org.dlinsar.sim;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Truth of one lookalike: a strong turbulent atmospheric cell on one acquisition date only. It
 * shows in every interferogram holding that date, with opposite signs as reference and as
 * secondary, and is not deformation.
 *
 * @param id identifier, unique among the scene's lookalikes, from 1
 * @param date the acquisition date it affects
 * @param centreX column of its centre, pixels
 * @param centreY row of its centre, pixels
 * @param radiusPx radius (two standard deviations of its Gaussian envelope), pixels
 * @param peakPhaseRad its phase at the centre in that date's screen, radians
 * @param box the pixels within 1.5 radii (three standard deviations), clipped to the scene
 */
public record Lookalike(
    int id, LocalDate date, double centreX, double centreY, double radiusPx, double peakPhaseRad,
    PixelBox box) {

  /** @throws IllegalArgumentException when the radius is not positive */
  public Lookalike {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(box, "box");
    if (!(radiusPx > 0)) {
      throw new IllegalArgumentException("lookalike radiusPx must be > 0, got " + radiusPx);
    }
  }
}
