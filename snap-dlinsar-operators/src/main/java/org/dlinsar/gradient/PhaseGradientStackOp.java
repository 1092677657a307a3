package org.dlinsar.gradient;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dlinsar.ifg.AcquisitionEra;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.Interferogram;
import org.dlinsar.ifg.InterferogramReads;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.ifg.InterferogramTile;
import org.dlinsar.ifg.InterferogramTiles;
import org.dlinsar.ifg.MissingCoherence;
import org.dlinsar.ifg.NoDataWatch;
import org.dlinsar.ifg.StackSources;
import org.dlinsar.ifg.StackTileSize;
import org.dlinsar.ifg.TargetProducts;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorException;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.Tile;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.esa.snap.core.gpf.annotations.Parameter;
import org.esa.snap.core.gpf.annotations.SourceProduct;
import org.esa.snap.core.gpf.annotations.SourceProducts;
import org.esa.snap.core.gpf.annotations.TargetProduct;

/**
 * Adds the stacked wrapped phase gradient of all interferograms: {@code grad_az} and
 * {@code grad_rg} (float32, rad/pixel/year, NaN where no interferogram contributed),
 * {@code grad_count} (int32, interferograms that contributed) and {@code grad_stderr} (float32,
 * rad/pixel/year: standard error of the gradient, sqrt(se_az^2 + se_rg^2), see
 * {@link GradientStacker}; infinite where one interferogram contributed). {@code window} (odd,
 * default 7, chosen on the simulator's landslides) averages neighbour products before the angle;
 * 1 gives single-pixel centred differences. Moving slopes show as coupled
 * positive/negative gradient pairs. {@code mask_ifg_<suffix>} bands, when present, exclude masked
 * pixels; so do samples without data (NaN, 0 + 0i, coherence NaN or 0), see
 * {@link GradientStacker}. Every source band, tie-point grid, geocoding and metadata is carried
 * through. Interferograms without any data are named in one warning once every tile has been
 * computed ({@link NoDataWatch}).
 *
 * <p>Each target tile reads its source tiles with a halo of half the window plus one pixel, a batch of interferograms at a
 * time, so memory is bounded whatever the number of interferograms and every source tile is read
 * once per target tile; the batch is stacked a strip of rows at a time, so that the strip's sums
 * stay in the processor's cache. Tiles and strips join without seams. The operator asks for tiles
 * of about 64 K pixels ({@link StackTileSize}), so a thread needs a few MB.
 */
@OperatorMetadata(
    alias = "Phase-Gradient-Stack",
    label = "Phase Gradient Stack",
    category = "Radar/Interferometric/Deep Learning",
    version = "0.1",
    authors = "DL-InSAR",
    description = "Stacks wrapped phase gradients of all interferograms: grad_az, grad_rg in"
        + " rad/pixel/year, grad_count, grad_stderr.")
public final class PhaseGradientStackOp extends Operator implements NoDataWatch.Holder {

  /** What the target's name adds to its source's (a runner naming it before it is made). */
  public static final String TARGET_SUFFIX = "_grad";
  /** Bytes of the stacker a strip of rows touches: a few times a core's L2 cache. */
  private static final long STRIP_BYTES = 2L << 20;
  /**
   * Bytes of the samples of a batch of interferograms read together over a tile: a few
   * interferograms, enough to keep a strip's sums in cache, and little memory per thread (a
   * batch holds at least the interferograms a tile reads at once, {@link InterferogramReads}).
   */
  private static final long BATCH_BYTES = 4L << 20;

  @SourceProduct(description = "The interferogram stack.")
  private Product sourceProduct;

  @SourceProducts(description = "Further interferogram stacks of the same raster size, pooled with the first.")
  private Product[] sourceProducts;

  @TargetProduct
  private Product targetProduct;

  @Parameter(defaultValue = "7", interval = "[1,15]", unit = "pixels", label = "Window",
      description = "Side (odd) of the square window each phase gradient is estimated over:"
          + " larger is less noisy but blurs small targets. Default 7: the best landslide contrast"
          + " on simulated stacks.")
  private int window = 7;

  private InterferogramStack stack;
  private Band[] maskBands;
  private Band azimuthBand;
  private Band rangeBand;
  private Band countBand;
  private Band stderrBand;
  private NoDataWatch noData;
  /** Interferograms a tile reads at once: more than one on frames of fewer tiles than threads. */
  private int readsAtOnce = 1;

  @Override
  public NoDataWatch noDataWatch() {
    return noData;
  }

  @Override
  public void initialize() throws OperatorException {
    if (window % 2 == 0 || window < 1 || window > GradientStacker.MAX_WINDOW) {
      throw new OperatorException("Phase-Gradient-Stack: window must be odd, 1 to "
          + GradientStacker.MAX_WINDOW + ", got " + window);
    }
    stack = StackSources.readStack("Phase-Gradient-Stack", sourceProduct, sourceProducts);
    // a centred gradient takes a pixel on each side and border pixels never contribute: a frame
    // under 3 pixels either way would be written NaN everywhere, as if it had worked
    if (stack.width() < 3 || stack.height() < 3) {
      throw new OperatorException("Phase-Gradient-Stack: the stack is " + stack.width() + " x "
          + stack.height() + " pixels (width x height); a phase gradient needs a pixel on each"
          + " side, so a frame under 3 pixels in either direction has none (grad_az and grad_rg"
          + " would be NaN everywhere): give a region of at least 3 x 3");
    }
    warnOfDatesOutsideTheEra();
    MissingCoherence.warn(stack.interferograms(), stack.lineOf("Phase-Gradient-Stack"), "the window's"
        + " sums and the stack weigh their samples alike, a decorrelated one as a coherent one", getLogger()::warning);
    List<Interferogram> ifgs = stack.interferograms();
    maskBands = new Band[ifgs.size()];
    int masked = 0;
    for (int i = 0; i < ifgs.size(); i++) {
      maskBands[i] = stack.maskBandOf(ifgs.get(i));
      masked += maskBands[i] != null ? 1 : 0;
    }
    targetProduct = buildTarget();
    noData = new NoDataWatch(ifgs, stack.width(), stack.height(), stack.lineOf("Phase-Gradient-Stack"),
        "those interferograms add nothing to the gradients",
        "grad_az and grad_rg are NaN everywhere", getLogger()::warning);
    // A few MB per thread, whatever the source's tile size (see StackTileSize)
    Dimension tile = StackTileSize.of(stack);
    targetProduct.setPreferredTileSize(tile);
    readsAtOnce = InterferogramReads.atOnceInTiles(stack.width(), stack.height(), tile.width,
        tile.height);
    int maskCount = masked;
    getLogger().info(() -> "Phase-Gradient-Stack: " + ifgs.size() + " interferograms, "
        + maskCount + " with a mask_ifg_ band");
  }

  @Override
  public void computeTileStack(Map<Band, Tile> targetTiles, Rectangle targetRectangle,
      ProgressMonitor pm) throws OperatorException {
    Rectangle grown = new Rectangle(targetRectangle);
    // A window's products reach half the window, their samples one pixel more.
    grown.grow(window / 2 + 1, window / 2 + 1);
    Rectangle halo = grown.intersection(new Rectangle(0, 0, stack.width(), stack.height()));
    GradientStacker stacker = new GradientStacker(halo.width, halo.height, window);
    // Interferograms are read in batches over the whole tile, each source tile once, and stacked
    // a strip of rows at a time: what a strip touches stays in the processor's cache over the
    // batch, where whole tiles would stream the sums from memory once per interferogram.
    int rows = (int) Math.max(window + 1,
        STRIP_BYTES / GradientStacker.BYTES_PER_PIXEL / halo.width);
    int batch = (int) Math.max(readsAtOnce,
        BATCH_BYTES / (3L * Float.BYTES * halo.width * halo.height));
    List<Interferogram> ifgs = stack.interferograms();
    InterferogramTile[] tiles = new InterferogramTile[batch];
    float[][] masks = new float[batch][];
    for (int first = 0; first < ifgs.size(); first += batch) {
      int size = Math.min(batch, ifgs.size() - first);
      int batchStart = first;
      InterferogramReads.forEach(size, readsAtOnce, b -> {
        checkForCancellation();
        tiles[b] = InterferogramTiles.read(this, ifgs.get(batchStart + b), halo);
        noData.seen(batchStart + b, targetRectangle, tiles[b]);
        Band maskBand = maskBands[batchStart + b];
        masks[b] = maskBand == null ? null : getSourceTile(maskBand, halo).getSamplesFloat();
      });
      for (int row = 0; row < halo.height; row += rows) {
        for (int b = 0; b < size; b++) {
          Interferogram ifg = ifgs.get(first + b);
          stacker.addInterferogram(tiles[b].real(), tiles[b].imaginary(), masks[b],
              ifg.hasCoherence() ? tiles[b].coherence() : null, stack.spanYears(ifg), row,
              Math.min(row + rows, halo.height));
        }
      }
    }
    int n = halo.width * halo.height;
    float[] azimuth = new float[n];
    float[] range = new float[n];
    int[] count = new int[n];
    float[] stderr = new float[n];
    stacker.finish(azimuth, range, count, stderr);
    int m = targetRectangle.width * targetRectangle.height;
    targetTiles.get(azimuthBand).setSamples(crop(azimuth, halo, targetRectangle, new float[m]));
    targetTiles.get(rangeBand).setSamples(crop(range, halo, targetRectangle, new float[m]));
    targetTiles.get(countBand).setSamples(crop(count, halo, targetRectangle, new int[m]));
    targetTiles.get(stderrBand).setSamples(crop(stderr, halo, targetRectangle, new float[m]));
  }

  /** Copies the rows of a halo-sized array that lie under {@code tile} into a tile-sized one. */
  private static <T> T crop(T haloValues, Rectangle halo, Rectangle tile, T tileValues) {
    for (int y = 0; y < tile.height; y++) {
      System.arraycopy(haloValues, (tile.y - halo.y + y) * halo.width + (tile.x - halo.x),
          tileValues, y * tile.width, tile.width);
    }
    return tileValues;
  }

  /** Rates divide by the pairs' spans in years: a date typed wrong scales every gradient. */
  private void warnOfDatesOutsideTheEra() {
    AcquisitionEra.warnOfDatesOutside(stack.acquisitionDates(), stack.lineOf("Phase-Gradient-Stack"), "the gradient rates"
        + " divide by the pairs' spans in years, so a wrong date scales every rate", getLogger());
  }

  private Product buildTarget() {
    Product target = TargetProducts.carryingSources(stack, TARGET_SUFFIX, Set.of(
        BandNames.GRADIENT_AZIMUTH, BandNames.GRADIENT_RANGE, BandNames.GRADIENT_COUNT,
        BandNames.GRADIENT_STDERR));
    azimuthBand = addRateBand(target, BandNames.GRADIENT_AZIMUTH, "azimuth (row)");
    rangeBand = addRateBand(target, BandNames.GRADIENT_RANGE, "range (column)");
    countBand = target.addBand(BandNames.GRADIENT_COUNT, ProductData.TYPE_INT32);
    countBand.setDescription("Interferograms that contributed to grad_az and grad_rg");
    stderrBand = target.addBand(BandNames.GRADIENT_STDERR, ProductData.TYPE_FLOAT32);
    stderrBand.setUnit(BandNames.UNIT_GRADIENT_RATE);
    stderrBand.setNoDataValue(Double.NaN);
    stderrBand.setNoDataValueUsed(true);
    stderrBand.setDescription("Standard error of the stacked gradient, sqrt(se_az^2 + se_rg^2),"
        + " from the weighted scatter of the interferograms' rates; infinite from one");
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
