package org.dlinsar.detect;

import java.awt.Rectangle;
import org.dlinsar.ifg.Interferogram;
import org.dlinsar.ifg.InterferogramTile;
import org.dlinsar.ifg.InterferogramTiles;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.Tile;

/**
 * Reads the rasters detection needs through an operator's source tiles: the gradient stack's
 * rates and weights, an interferogram's complex samples, an elevation window. Only reading; the
 * arrays it fills belong to the caller, never to a source tile. Safe from several threads.
 */
final class SourceRasters {

  private final Operator operator;

  SourceRasters(Operator operator) {
    this.operator = operator;
  }

  /**
   * The gradient stack's rates with weight sqrt(grad_count), or the reliability band's value
   * when the stack has one (then the count is not used).
   *
   * @param count grad_count, or null for weight 1 where a rate exists
   * @param reliability the stack's reliability band, or null
   */
  StackedGradientDivergence.Rates gradientRates(Band azimuth, Band range, Band count,
      Band reliability) {
    return (x0, y0, w, h, az, rg, weight) -> {
      Rectangle r = new Rectangle(x0, y0, w, h);
      copy(operator.getSourceTile(azimuth, r).getSamplesFloat(), az);
      copy(operator.getSourceTile(range, r).getSamplesFloat(), rg);
      if (reliability != null) {
        float[] value = operator.getSourceTile(reliability, r).getSamplesFloat();
        for (int i = 0; i < value.length; i++) {
          weight[i] = value[i] > 0 ? value[i] : 0f;
        }
      } else if (count != null) {
        int[] contributors = operator.getSourceTile(count, r).getSamplesInt();
        for (int i = 0; i < contributors.length; i++) {
          weight[i] = (float) Math.sqrt(Math.max(0, contributors[i]));
        }
      } else {
        java.util.Arrays.fill(weight, 0, w * h, 1f);
      }
    };
  }

  /** One interferogram's samples, 0 + 0i where its {@code mask_ifg_} band (if any) is 0. */
  FringeDivergence.Samples interferogram(Interferogram ifg, Band mask) {
    return (x0, y0, w, h, re, im) -> {
      Rectangle r = new Rectangle(x0, y0, w, h);
      InterferogramTile tile = InterferogramTiles.read(operator, ifg, r);
      copy(tile.real(), re);
      copy(tile.imaginary(), im);
      if (mask != null) {
        float[] m = operator.getSourceTile(mask, r).getSamplesFloat();
        for (int i = 0; i < m.length; i++) {
          if (!(m[i] > 0)) {
            re[i] = 0f;
            im[i] = 0f;
          }
        }
      }
    };
  }

  /** The elevation over {@code window} (inside the raster), metres, NaN where none. */
  float[] elevation(Band elevation, Rectangle window) {
    Tile tile = operator.getSourceTile(elevation, window);
    float[] values = new float[window.width * window.height];
    copy(tile.getSamplesFloat(), values);
    return values;
  }

  private static void copy(float[] from, float[] to) {
    System.arraycopy(from, 0, to, 0, from.length);
  }
}
