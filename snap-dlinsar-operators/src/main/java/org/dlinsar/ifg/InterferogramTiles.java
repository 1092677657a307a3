package org.dlinsar.ifg;

import java.awt.Rectangle;
import java.util.Arrays;
import java.util.Locale;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.RasterDataNode;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorException;
import org.esa.snap.core.gpf.Tile;

/**
 * Serves an operator the samples of one interferogram over a rectangle, through
 * {@link Operator#getSourceTile}, in date order: an interferogram named later date first ({@link
 * Interferogram#laterFirst}) is served conjugated, its imaginary parts negated; no other
 * arithmetic on the samples.
 *
 * <p>Where a source tile's buffer holds exactly the float samples (float32, unscaled, row-major
 * without padding, no valid-pixel expression, and no no-data value to replace but 0 or NaN) that
 * buffer is served as it is, not copied: a stack pass reads every sample once, and a copy of each
 * would cost a tenth of it. Samples equal to a no-data value of 0 then stay 0 rather than NaN, which
 * changes nothing for the consumers: SNAP writes 0 + 0i and zero coherence where an interferogram
 * has no data, and both count as no data. Such a buffer may be the source image's own (SNAP shares
 * it), so the arrays served are read-only for every consumer.
 *
 * <p>Under a no-data value of 0 a part of 0 beside a valid other part is data (0 + 17i, common in
 * whole-number interferograms): only 0 + 0i is no data, in every tile and data type.
 */
public final class InterferogramTiles {

  /** Coherence taken as 1 and as 0: an estimate's float rounding or resampling stays within. */
  static final float MAX_COHERENCE = 1.001f;
  static final float MIN_COHERENCE = -0.001f;
  /** Rows of a rectangle whose coherence is checked: every this many. */
  static final int CHECKED_ROW_STEP = 8;

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
    return read(operator, ifg, request, true);
  }

  /**
   * As {@link #read} without the coherence band (all NaN in the tile, as for an interferogram
   * without one): for consumers of the phase alone, which so read two bands instead of three.
   */
  public static InterferogramTile readPhasors(Operator operator, Interferogram ifg,
      Rectangle request) {
    return read(operator, ifg, request, false);
  }

  private static InterferogramTile read(Operator operator, Interferogram ifg, Rectangle request,
      boolean withCoherence) {
    Band real = ifg.real();
    Rectangle served =
        request.intersection(new Rectangle(0, 0, real.getRasterWidth(), real.getRasterHeight()));
    if (served.isEmpty()) {
      throw new IllegalArgumentException("rectangle " + request + " does not overlap the "
          + real.getRasterWidth() + " x " + real.getRasterHeight() + " raster of interferogram '"
          + ifg.suffix() + "'");
    }
    float[] re = part(operator.getSourceTile(real, served));
    float[] im = part(operator.getSourceTile(ifg.imaginary(), served));
    if (ifg.laterFirst()) {
      im = conjugated(im);
    }
    float[] coh;
    if (withCoherence && ifg.hasCoherence()) {
      coh = samples(operator.getSourceTile(ifg.coherence(), served));
      checkCoherence(coh, ifg.coherence(), served);
    } else {
      coh = new float[served.width * served.height];
      Arrays.fill(coh, Float.NaN);
    }
    return new InterferogramTile(served, re, im, coh);
  }

  /**
   * Refuses coherence outside 0..1 (beyond float rounding): such a band is no coherence, or not
   * scaled to one (LiCSAR's and some GAMMA files hold 0..255, other tools percent), and would silently mask everything
   * or nothing. Every {@value #CHECKED_ROW_STEP}th row of the frame is looked at: a band of
   * another scale shows in any row, and looking at all of them cost Phase-Gradient-Stack about a
   * tenth of its time (bench/gradient-stack.sh, stop 44). Rows of the frame, not of the
   * rectangle, so that what is refused does not hang on the tiles and halos the reads come in.
   *
   * @param coherence the rectangle's samples, row by row
   * @throws OperatorException naming the band, its product, the value and the pixel
   */
  public static void checkCoherence(float[] coherence, Band band, Rectangle rectangle) {
    int at = outOfRangeCoherence(coherence, rectangle.width, rectangle.height,
        Math.floorMod(-rectangle.y, CHECKED_ROW_STEP), CHECKED_ROW_STEP);
    if (at >= 0) {
      float bad = coherence[at];
      throw new OperatorException(String.format(Locale.ROOT, "coherence band '%s' of product '%s' holds %s"
          + " at pixel (%d, %d), outside 0..1: coherence must be the magnitude of the complex coherence%s",
          band.getName(), band.getProduct() == null ? "?" : band.getProduct().getName(), bad,
          rectangle.x + at % rectangle.width, rectangle.y + at / rectangle.width,
          scaleHint(highest(coherence))));
    }
  }

  /** The scale a coherence raster out of 0..1 was likely stored in, told by its highest value. */
  public enum StoredScale {
    /** Up to 100: percent, or bytes (0..255) of low coherence; percent is named first. */
    PERCENT_OR_BYTES,
    /** Above 100, up to 255: bytes. */
    BYTES,
    /** Neither: no hint is given. */
    UNKNOWN;

    /** The scale of a raster whose coherence reaches {@code highest}. */
    public static StoredScale of(float highest) {
      // a raster reaching a little over 1 is another quantity or a faulty one, not one of these scales
      if (highest > 2f && highest <= 100f) {
        return PERCENT_OR_BYTES;
      }
      return highest > 100f && highest <= 255f ? BYTES : UNKNOWN;
    }
  }

  /** How to scale a band whose coherence reaches {@code highest}, as a band's scaling factor. */
  private static String scaleHint(float highest) {
    return switch (StoredScale.of(highest)) {
      case PERCENT_OR_BYTES -> " (a band of percent, 0..100, needs a scaling factor of 0.01; one of 0..255, of 1/255)";
      case BYTES -> " (a band of 0..255 needs a scaling factor of 1/255)";
      case UNKNOWN -> "";
    };
  }

  /**
   * The highest of {@code samples}, NaN left out: the scale shows in the highest, not in the
   * first value out of range, which may be a low one of a band of 0..255.
   */
  public static float highest(float[] samples) {
    float highest = Float.NEGATIVE_INFINITY;
    for (float v : samples) {
      highest = v > highest ? v : highest;
    }
    return highest;
  }

  /**
   * Where coherence samples leave 0..1 (beyond float rounding): the first sample of the first
   * looked-at row that does, furthest out of it in that row; NaN is no data, not out of range.
   * Also the rule for coherence files read by an import, which look at every row.
   *
   * @param coherence samples row by row, {@code width} per row
   * @param rowStep rows looked at: every this many, from the first
   * @return the sample's index, or -1 when the rows looked at lie in 0..1
   */
  public static int outOfRangeCoherence(float[] coherence, int width, int height, int rowStep) {
    return outOfRangeCoherence(coherence, width, height, 0, rowStep);
  }

  /** As above, the rows looked at from row {@code first} on. */
  static int outOfRangeCoherence(float[] coherence, int width, int height, int first, int rowStep) {
    for (int row = first; row < height; row += rowStep) {
      float highest = 0f;
      float lowest = 0f;
      for (int i = row * width; i < (row + 1) * width; i++) {
        float c = coherence[i]; // NaN compares false: no data, not out of range
        highest = c > highest ? c : highest;
        lowest = c < lowest ? c : lowest;
      }
      if (highest > MAX_COHERENCE || lowest < MIN_COHERENCE) {
        float bad = highest > MAX_COHERENCE ? highest : lowest;
        int at = row * width;
        while (coherence[at] != bad) {
          at++;
        }
        return at;
      }
    }
    return -1;
  }

  /** The imaginary parts of the conjugate, in a new array: the source's may be shared. */
  private static float[] conjugated(float[] imaginary) {
    float[] negated = new float[imaginary.length];
    for (int i = 0; i < negated.length; i++) {
      negated[i] = -imaginary[i];
    }
    return negated;
  }

  /** The tile's samples as float: its own buffer where that holds exactly them, else a copy. */
  private static float[] samples(Tile tile) {
    return exact(tile) && !replacesNoData(tile.getRasterDataNode()) ? tile.getDataBufferFloat()
        : tile.getSamplesFloat();
  }

  /**
   * One part (real or imaginary) of an interferogram's samples. Under a no-data value of 0 it is
   * served unmasked but for the band's valid-pixel expression (NaN outside it): consumers take only
   * 0 + 0i as no data, and a part of 0 beside a valid other (0 + 17i, common in whole-number
   * interferograms) is data. The band's own valid mask, which {@link Tile#getSamplesFloat}
   * applies, made it no data in tiles whose samples were copied and not in those served raw, so
   * the results changed with the tiling. Any other no-data value marks its part's pixels NaN.
   */
  private static float[] part(Tile tile) {
    RasterDataNode band = tile.getRasterDataNode();
    if (!band.isNoDataValueUsed() || band.getNoDataValue() != 0) {
      return samples(tile);
    }
    if (exact(tile)) {
      return tile.getDataBufferFloat();
    }
    String expression = band.getValidPixelExpression();
    float[] masked = expression != null && !expression.isBlank() ? tile.getSamplesFloat() : null;
    ProductData raw = tile.getRawSamples();
    float[] values = new float[tile.getWidth() * tile.getHeight()];
    for (int i = 0; i < values.length; i++) {
      double v = raw.getElemDoubleAt(i);
      boolean outside = masked != null && Float.isNaN(masked[i]) && v != 0;
      values[i] = outside ? Float.NaN : (float) band.scale(v);
    }
    return values;
  }

  /**
   * Whether the band's no-data value must show as NaN in its samples: one is used, and it is
   * neither NaN nor 0 (consumers take 0 + 0i and coherence 0 as no data themselves).
   */
  private static boolean replacesNoData(RasterDataNode band) {
    return band.isNoDataValueUsed() && band.getNoDataValue() != 0 && !Double.isNaN(band.getNoDataValue());
  }

  /**
   * Whether the tile's float buffer holds exactly its samples: unscaled, no valid-pixel
   * expression, row-major without padding.
   */
  private static boolean exact(Tile tile) {
    RasterDataNode band = tile.getRasterDataNode();
    float[] buffer = tile.getDataBufferFloat();
    String expression = band.getValidPixelExpression();
    return buffer != null && !band.isScalingApplied() && (expression == null || expression.isBlank())
        && tile.getScanlineOffset() == 0 && tile.getScanlineStride() == tile.getWidth()
        && buffer.length == tile.getWidth() * tile.getHeight();
  }
}
