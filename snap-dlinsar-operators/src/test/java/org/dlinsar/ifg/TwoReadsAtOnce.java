package org.dlinsar.ifg;

import com.bc.ceres.core.ProgressMonitor;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.dlinsar.parts.EngineThreads;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorException;
import org.esa.snap.core.gpf.Tile;
import org.esa.snap.core.util.ProductUtils;

/**
 * Passes a stack through tile by tile, in one tile of the frame, as an upstream operator (DL-Mask,
 * DL-Unwrap) computes its tiles when they are read; the tiles of the first two interferograms
 * wait for each other, so a consumer reading its interferograms one after the other fails.
 */
public final class TwoReadsAtOnce extends Operator {

  private final CyclicBarrier bothUnderWay = new CyclicBarrier(2);
  private final Set<String> met = ConcurrentHashMap.newKeySet();

  /** {@code stack} passed through. */
  public static Product of(Product stack) {
    TwoReadsAtOnce op = new TwoReadsAtOnce();
    op.setSourceProduct(stack);
    return op.getTargetProduct();
  }

  /** Runs {@code run} with the engine's threads ({@code -q}) set to {@code threads}. */
  public static void withEngineThreads(int threads, ThrowingRunnable run) throws Exception {
    String before = System.getProperty(EngineThreads.PROPERTY);
    System.setProperty(EngineThreads.PROPERTY, Integer.toString(threads));
    try {
      run.run();
    } finally {
      if (before == null) {
        System.clearProperty(EngineThreads.PROPERTY);
      } else {
        System.setProperty(EngineThreads.PROPERTY, before);
      }
    }
  }

  /** A block of test code. */
  @FunctionalInterface
  public interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Override
  public void initialize() {
    Product source = getSourceProduct();
    int w = source.getSceneRasterWidth();
    int h = source.getSceneRasterHeight();
    Product target = new Product(source.getName(), source.getProductType(), w, h);
    ProductUtils.copyProductNodes(source, target);
    for (Band band : source.getBands()) {
      Band copy = target.addBand(band.getName(), band.getDataType());
      ProductUtils.copyRasterDataNodeProperties(band, copy);
    }
    target.setPreferredTileSize(w, h);
    setTargetProduct(target);
  }

  @Override
  public void computeTile(Band band, Tile tile, ProgressMonitor pm) {
    if (band.getName().startsWith(BandNames.REAL_PREFIX) && met.size() < 2 && met.add(band.getName())) {
      try {
        bothUnderWay.await(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new OperatorException("the first two interferograms were not read at once", e);
      }
    }
    tile.setRawSamples(getSourceTile(getSourceProduct().getBand(band.getName()),
        tile.getRectangle()).getRawSamples());
  }
}
