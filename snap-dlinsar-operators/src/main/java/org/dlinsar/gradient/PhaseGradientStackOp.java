package org.dlinsar.gradient;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Rectangle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.Interferogram;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.ifg.InterferogramTile;
import org.dlinsar.ifg.InterferogramTiles;
import org.dlinsar.ifg.TargetProducts;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorException;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.Tile;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.esa.snap.core.gpf.annotations.SourceProducts;
import org.esa.snap.core.gpf.annotations.TargetProduct;

/**
 * Adds the stacked wrapped phase gradient of all interferograms: {@code grad_az} and
 * {@code grad_rg} (float32, rad/pixel/year, NaN where no interferogram contributed) and
 * {@code grad_count} (int32, interferograms that contributed). Moving slopes show as coupled
 * positive/negative gradient pairs. {@code mask_ifg_<suffix>} bands, when present, exclude masked
 * pixels; so do samples without data (NaN, 0 + 0i, coherence NaN or 0), see
 * {@link GradientStacker}. Every source band, tie-point grid, geocoding and metadata is carried
 * through.
 *
 * <p>Each target tile is stacked in strips of rows, each reading its source samples with a
 * one-pixel halo, one interferogram at a time: memory is strip-sized whatever the number of
 * interferograms, the strip's sums stay in the processor's cache, and strips and tiles join
 * without seams.
 */
@OperatorMetadata(
    alias = "Phase-Gradient-Stack",
    label = "Phase Gradient Stack",
    category = "Radar/Interferometric/DL-InSAR",
    version = "0.1",
    authors = "DL-InSAR",
    description = "Stacks wrapped phase gradients of all interferograms: grad_az, grad_rg in"
        + " rad/pixel/year, grad_count.")
public final class PhaseGradientStackOp extends Operator {

  /** Bytes of one strip's stacker: a few times a core's L2 cache, well within the shared L3. */
  private static final long STACKER_BYTES = 2L << 20;

  @SourceProducts(count = -1, description = "Interferogram stacks of one raster size.")
  private Product[] sourceProducts;

  @TargetProduct
  private Product targetProduct;

  private InterferogramStack stack;
  private Band[] maskBands;
  private Band azimuthBand;
  private Band rangeBand;
  private Band countBand;

  @Override
  public void initialize() throws OperatorException {
    stack = readStack();
    List<Interferogram> ifgs = stack.interferograms();
    maskBands = new Band[ifgs.size()];
    int masked = 0;
    for (int i = 0; i < ifgs.size(); i++) {
      maskBands[i] = stack.maskBandOf(ifgs.get(i));
      masked += maskBands[i] != null ? 1 : 0;
    }
    targetProduct = buildTarget();
    int maskCount = masked;
    getLogger().info(() -> "Phase-Gradient-Stack: " + ifgs.size() + " interferograms, "
        + maskCount + " with a mask_ifg_ band");
  }

  @Override
  public void computeTileStack(Map<Band, Tile> targetTiles, Rectangle targetRectangle,
      ProgressMonitor pm) throws OperatorException {
    int m = targetRectangle.width * targetRectangle.height;
    float[] azimuth = new float[m];
    float[] range = new float[m];
    int[] count = new int[m];
    // Strip by strip, small enough that the stacker stays in the processor's cache over all
    // interferograms: a tile-sized one would stream its sums from memory once per interferogram.
    int rows = (int) Math.max(1,
        STACKER_BYTES / GradientStacker.BYTES_PER_PIXEL / (targetRectangle.width + 2) - 2);
    GradientStacker stacker = null;
    for (int y = targetRectangle.y; y < targetRectangle.y + targetRectangle.height; y += rows) {
      Rectangle strip = new Rectangle(targetRectangle.x, y, targetRectangle.width,
          Math.min(rows, targetRectangle.y + targetRectangle.height - y));
      Rectangle halo = new Rectangle(strip);
      halo.grow(1, 1);
      halo = halo.intersection(new Rectangle(0, 0, stack.width(), stack.height()));
      if (stacker != null && stacker.width() == halo.width && stacker.height() == halo.height) {
        stacker.reset();
      } else {
        stacker = new GradientStacker(halo.width, halo.height);
      }
      stackStrip(stacker, halo);
      int n = halo.width * halo.height;
      float[] stripAzimuth = new float[n];
      float[] stripRange = new float[n];
      int[] stripCount = new int[n];
      stacker.finish(stripAzimuth, stripRange, stripCount);
      copyRows(stripAzimuth, halo, strip, azimuth, targetRectangle);
      copyRows(stripRange, halo, strip, range, targetRectangle);
      copyRows(stripCount, halo, strip, count, targetRectangle);
    }
    targetTiles.get(azimuthBand).setSamples(azimuth);
    targetTiles.get(rangeBand).setSamples(range);
    targetTiles.get(countBand).setSamples(count);
  }

  /** Adds every interferogram over {@code halo} to {@code stacker}, one at a time. */
  private void stackStrip(GradientStacker stacker, Rectangle halo) {
    List<Interferogram> ifgs = stack.interferograms();
    for (int k = 0; k < ifgs.size(); k++) {
      checkForCancellation();
      Interferogram ifg = ifgs.get(k);
      InterferogramTile tile = InterferogramTiles.read(this, ifg, halo);
      float[] mask = maskBands[k] == null
          ? null : getSourceTile(maskBands[k], halo).getSamplesFloat();
      stacker.addInterferogram(tile.real(), tile.imaginary(), mask,
          ifg.hasCoherence() ? tile.coherence() : null, ifg.pair().spanYears());
    }
  }

  /** Copies the rows of {@code strip} from a {@code halo}-sized array into a tile-sized one. */
  private static void copyRows(Object haloValues, Rectangle halo, Rectangle strip,
      Object tileValues, Rectangle tile) {
    for (int y = strip.y; y < strip.y + strip.height; y++) {
      System.arraycopy(haloValues, (y - halo.y) * halo.width + (strip.x - halo.x),
          tileValues, (y - tile.y) * tile.width + (strip.x - tile.x), strip.width);
    }
  }

  private InterferogramStack readStack() {
    Product[] sources = sourceProducts != null ? sourceProducts : getSourceProducts();
    try {
      return InterferogramStack.of(sources);
    } catch (IllegalArgumentException e) {
      throw new OperatorException("Phase-Gradient-Stack: " + e.getMessage(), e);
    }
  }

  private Product buildTarget() {
    Product target = TargetProducts.carryingSources(stack, "_grad", Set.of(
        BandNames.GRADIENT_AZIMUTH, BandNames.GRADIENT_RANGE, BandNames.GRADIENT_COUNT));
    azimuthBand = addRateBand(target, BandNames.GRADIENT_AZIMUTH, "azimuth (row)");
    rangeBand = addRateBand(target, BandNames.GRADIENT_RANGE, "range (column)");
    countBand = target.addBand(BandNames.GRADIENT_COUNT, ProductData.TYPE_INT32);
    countBand.setDescription("Interferograms that contributed to grad_az and grad_rg");
    return target;
  }

  private static Band addRateBand(Product target, String name, String axis) {
    Band band = target.addBand(name, ProductData.TYPE_FLOAT32);
    band.setUnit(BandNames.UNIT_GRADIENT_RATE);
    band.setNoDataValue(Double.NaN);
    band.setNoDataValueUsed(true);
    band.setDescription("Stacked wrapped phase gradient along " + axis + ", coherence weighted");
    return band;
  }

  /** Registers Phase-Gradient-Stack with GPF. */
  public static class Spi extends OperatorSpi {
    public Spi() {
      super(PhaseGradientStackOp.class);
    }
  }
}
