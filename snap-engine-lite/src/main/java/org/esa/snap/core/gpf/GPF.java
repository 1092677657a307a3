package org.esa.snap.core.gpf;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Dimension;
import java.awt.RenderingHints;
import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;

/**
 * The entry point of the Graph Processing Framework: creates operators and their target products
 * by alias, and writes products.
 *
 * <p>The default instance registers every {@link OperatorSpi} listed in
 * {@code META-INF/services/org.esa.snap.core.gpf.OperatorSpi} on the thread context class loader.
 * {@code createProduct(alias, params, Product...)} keys the sources as SNAP's does (see
 * {@link #createProduct(String, Map, Product[], RenderingHints)}).
 */
public class GPF {

  public static final String DISABLE_TILE_CACHE_PROPERTY = "snap.gpf.disableTileCache";
  public static final String USE_FILE_TILE_CACHE_PROPERTY = "snap.gpf.useFileTileCache";
  public static final String TILE_COMPUTATION_OBSERVER_PROPERTY = "snap.gpf.tileComputationObserver";
  public static final String BEEP_AFTER_PROCESSING_PROPERTY = "snap.gpf.beepAfterProcessing";
  public static final String SNAP_GPF_ALLOW_AUXDATA_DOWNLOAD = "snap.gpf.allowAuxdataDownload";
  public static final String SOURCE_PRODUCT_FIELD_NAME = "sourceProduct";
  public static final String TARGET_PRODUCT_FIELD_NAME = "targetProduct";

  /** Rendering hint whose value, a {@link Dimension}, sets the target product's preferred tile size. */
  public static final RenderingHints.Key KEY_TILE_SIZE = new TileSizeKey();

  /** An empty parameter map. */
  public static final Map<String, Object> NO_PARAMS = Collections.unmodifiableMap(new HashMap<>());

  /** An empty source map. */
  public static final Map<String, Product> NO_SOURCES = Collections.unmodifiableMap(new HashMap<>());

  private static GPF defaultInstance;

  private OperatorSpiRegistry spiRegistry = new DefaultOperatorSpiRegistry();

  /** Creates a GPF with an empty registry. */
  protected GPF() {
  }

  /** The shared instance, with the operators of the service files registered on first use. */
  public static synchronized GPF getDefaultInstance() {
    if (defaultInstance == null) {
      GPF gpf = new GPF();
      gpf.getOperatorSpiRegistry().loadOperatorSpis();
      defaultInstance = gpf;
    }
    return defaultInstance;
  }

  /** Replaces the shared instance. */
  public static synchronized void setDefaultInstance(GPF instance) {
    defaultInstance = instance;
  }

  public static Product createProduct(String operatorName, Map<String, Object> parameters) throws OperatorException {
    return createProduct(operatorName, parameters, NO_SOURCES, null);
  }

  public static Product createProduct(String operatorName, Map<String, Object> parameters, RenderingHints renderingHints)
      throws OperatorException {
    return createProduct(operatorName, parameters, NO_SOURCES, renderingHints);
  }

  public static Product createProduct(String operatorName, Map<String, Object> parameters, Product sourceProduct)
      throws OperatorException {
    return createProduct(operatorName, parameters, new Product[] {sourceProduct}, null);
  }

  public static Product createProduct(String operatorName, Map<String, Object> parameters, Product sourceProduct,
      RenderingHints renderingHints) throws OperatorException {
    return createProduct(operatorName, parameters, new Product[] {sourceProduct}, renderingHints);
  }

  public static Product createProduct(String operatorName, Map<String, Object> parameters, Product... sourceProducts)
      throws OperatorException {
    return createProduct(operatorName, parameters, sourceProducts, null);
  }

  /**
   * Creates the target product of an operator from positional sources, keyed as SNAP's
   * {@code GPF.createProduct(String, Map, Product[], RenderingHints)} keys them: the first as
   * "sourceProduct" when the operator has a {@code @SourceProduct} field, and every one as
   * "sourceProduct.N" and "sourceProductN" when it has a {@code @SourceProducts} field (N from 1).
   * An operator with neither gets no sources. SNAP collects the keys in a hash map; here they keep
   * that order, so a {@code @SourceProducts} field lists the products as given.
   */
  public static Product createProduct(String operatorName, Map<String, Object> parameters, Product[] sourceProducts,
      RenderingHints renderingHints) throws OperatorException {
    Map<String, Product> sources = new LinkedHashMap<>();
    if (sourceProducts.length > 0) {
      GPF gpf = getDefaultInstance();
      OperatorSpi spi = gpf.spiRegistry.getOperatorSpi(operatorName);
      if (spi == null) {
        throw new OperatorException(gpf.unknownOperatorMessage(operatorName));
      }
      if (SourceFields.hasSingle(spi.getOperatorClass())) {
        sources.put(SOURCE_PRODUCT_FIELD_NAME, sourceProducts[0]);
      }
      if (SourceFields.hasMultiple(spi.getOperatorClass())) {
        for (int i = 0; i < sourceProducts.length; i++) {
          sources.put(SOURCE_PRODUCT_FIELD_NAME + '.' + (i + 1), sourceProducts[i]);
          sources.put(SOURCE_PRODUCT_FIELD_NAME + (i + 1), sourceProducts[i]);
        }
      }
    }
    return createProduct(operatorName, parameters, sources, renderingHints);
  }

  public static Product createProduct(String operatorName, Map<String, Object> parameters,
      Map<String, Product> sourceProducts) throws OperatorException {
    return createProduct(operatorName, parameters, sourceProducts, null);
  }

  public static Product createProduct(String operatorName, Map<String, Object> parameters,
      Map<String, Product> sourceProducts, RenderingHints renderingHints) throws OperatorException {
    return getDefaultInstance().createProductNS(operatorName, parameters, sourceProducts, renderingHints);
  }

  /**
   * Creates the operator and returns its initialised target product.
   *
   * @throws OperatorException if the operator is unknown, or its sources or parameters do not fit
   */
  public Product createProductNS(String operatorName, Map<String, Object> parameters,
      Map<String, Product> sourceProducts, RenderingHints renderingHints) {
    return createOperator(operatorName, parameters, sourceProducts, renderingHints).getTargetProduct();
  }

  /**
   * Creates an operator by alias or SPI class name, with its parameters and sources set.
   *
   * @throws OperatorException "Unknown operator 'X'" with close or all known aliases
   */
  public Operator createOperator(String operatorName, Map<String, Object> parameters,
      Map<String, Product> sourceProducts, RenderingHints renderingHints) {
    OperatorSpi spi = spiRegistry.getOperatorSpi(operatorName);
    if (spi == null) {
      throw new OperatorException(unknownOperatorMessage(operatorName));
    }
    return spi.createOperator(parameters, sourceProducts, renderingHints);
  }

  /**
   * Runs an operator to the end: {@code execute} for operators with {@code autoWriteDisabled}
   * (which write their own output), else computes every tile of its computed bands.
   */
  public void executeOperator(Operator operator) {
    OperatorMetadata metadata = operator.getClass().getAnnotation(OperatorMetadata.class);
    if (metadata != null && metadata.autoWriteDisabled()) {
      operator.execute(ProgressMonitor.NULL);
    } else {
      operator.getTargetProduct();
      OperatorExecutor.computeAllTiles(operator.context);
    }
  }

  public OperatorSpiRegistry getOperatorSpiRegistry() {
    return spiRegistry;
  }

  public void setOperatorSpiRegistry(OperatorSpiRegistry spiRegistry) {
    this.spiRegistry = spiRegistry;
  }

  /**
   * Writes a product through {@link ProductIO}; {@code pm} is the run monitor of the operators
   * that compute it while it is written, so cancelling it stops them.
   *
   * @throws OperatorException with the IOException's message (kept as cause) if writing fails
   */
  public static void writeProduct(Product targetProduct, File file, String formatName, boolean incremental,
      ProgressMonitor pm) {
    writeProduct(targetProduct, file, formatName, false, incremental, pm);
  }

  /**
   * As the five-argument form; {@code clearCacheAfterRowWrite} drops the written tiles from the
   * cache. The order of the two booleans is SNAP's.
   */
  public static void writeProduct(Product targetProduct, File file, String formatName,
      boolean clearCacheAfterRowWrite, boolean incremental, ProgressMonitor pm) {
    ProductOwners.setRunMonitor(targetProduct, pm);
    try {
      ProductIO.writeProduct(targetProduct, file, formatName, incremental, pm);
    } catch (InterruptedIOException e) {
      throw new OperatorCancelException(e.getMessage());
    } catch (IOException e) {
      throw new OperatorException(e.getMessage(), e);
    } finally {
      // the monitor is this write's: a band viewed after a cancelled write must still compute
      ProductOwners.setRunMonitor(targetProduct, ProgressMonitor.NULL);
      OperatorContext owner = ProductOwners.ownerOf(targetProduct);
      if (clearCacheAfterRowWrite && owner != null) {
        owner.dropCachedTiles();
      }
    }
  }

  private String unknownOperatorMessage(String operatorName) {
    TreeSet<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (Object alias : spiRegistry.getAliases()) {
      known.add(String.valueOf(alias));
    }
    List<String> close = new ArrayList<>();
    String wanted = operatorName.toLowerCase(Locale.ROOT);
    for (String alias : known) {
      String candidate = alias.toLowerCase(Locale.ROOT);
      if (candidate.contains(wanted) || wanted.contains(candidate) || editDistance(candidate, wanted) <= 2) {
        close.add(alias);
      }
    }
    if (!close.isEmpty()) {
      return "Unknown operator '" + operatorName + "'. Did you mean: " + String.join(", ", close) + "?";
    }
    return "Unknown operator '" + operatorName + "'. Known operators: "
        + (known.isEmpty() ? "none" : String.join(", ", known));
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** The key type of {@link #KEY_TILE_SIZE}: values are {@link Dimension}s. */
  private static final class TileSizeKey extends RenderingHints.Key {

    TileSizeKey() {
      super(1);
    }

    @Override
    public boolean isCompatibleValue(Object value) {
      return value instanceof Dimension;
    }

    @Override
    public String toString() {
      return "GPF.KEY_TILE_SIZE";
    }
  }
}
