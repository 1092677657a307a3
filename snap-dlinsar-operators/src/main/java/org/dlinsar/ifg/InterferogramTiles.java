package org.dlinsar.ifg;

import java.awt.Rectangle;
import java.util.Arrays;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.gpf.Operator;

/**
 * Serves an operator the samples of one interferogram over a rectangle, through
 * {@link Operator#getSourceTile}. Only reading: no arithmetic on the samples.
 */
public final class InterferogramTiles {

  private InterferogramTiles() {}

  /**
   * Reads the real, imaginary and coherence samples of {@code ifg} over {@code request}.
   *
   * @param operator the operator whose source the interferogram is; its source tiles are read
   * @param ifg the interferogram
   * @param request the rectangle wanted in scene pixels, any halo included; clipped to the raster
   * @return the samples over the clipped rectangle; coherence all NaN when the interferogram has
   *     no coherence band
   * @throws IllegalArgumentException when the request does not overlap the raster
   */
  public static InterferogramTile read(Operator operator, Interferogram ifg, Rectangle request) {
    Band real = ifg.real();
    Rectangle served =
        request.intersection(new Rectangle(0, 0, real.getRasterWidth(), real.getRasterHeight()));
    if (served.isEmpty()) {
      throw new IllegalArgumentException("rectangle " + request + " does not overlap the "
          + real.getRasterWidth() + " x " + real.getRasterHeight() + " raster of interferogram '"
          + ifg.suffix() + "'");
    }
    float[] re = operator.getSourceTile(real, served).getSamplesFloat();
    float[] im = operator.getSourceTile(ifg.imaginary(), served).getSamplesFloat();
    float[] coh;
    if (ifg.hasCoherence()) {
      coh = operator.getSourceTile(ifg.coherence(), served).getSamplesFloat();
    } else {
      coh = new float[served.width * served.height];
      Arrays.fill(coh, Float.NaN);
    }
    return new InterferogramTile(served, re, im, coh);
  }
}
