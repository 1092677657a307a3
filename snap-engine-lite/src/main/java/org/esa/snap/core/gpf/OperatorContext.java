package org.esa.snap.core.gpf;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.dlinsar.lite.OperatorTimes;
import org.dlinsar.lite.image.PreferredTileSize;
import org.dlinsar.lite.image.RasterImage;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.VirtualBand;
import org.esa.snap.core.gpf.annotations.TargetProduct;
import org.esa.snap.core.gpf.annotations.TargetProperty;

/**
 * The state GPF keeps for one operator: its sources, parameters, target product, the images of
 * its target bands and the monitor of the current run.
 *
 * <p>The target product is built once, on first request: sources and parameters are injected and
 * checked, {@code initialize()} runs, and every target band that is not a {@link VirtualBand} and
 * has no source image gets an {@link OperatorImage}. Tiles are computed with
 * {@code computeTileStack} (once per grid tile for all those bands) when the operator implements
 * it but not {@code computeTile}, as GPF does, else with {@code computeTile} per band and tile.
 */
final class OperatorContext {

  /** The last millisecond handed out by {@link #uniqueMillis()}. */
  private static final AtomicLong LAST_MILLIS = new AtomicLong();

  private final Operator operator;
  private final ParameterBinder parameters;
  private final boolean tileImplemented;
  private final boolean stackImplemented;
  private final Map<String, Product> sourceMap = new LinkedHashMap<>();
  private final List<Product> sourceList = new ArrayList<>();

  private OperatorSpi spi;
  private Logger logger = Logger.getLogger("org.esa.snap.core.gpf");
  private String id;
  private String processingTime;
  private Product targetProduct;
  private volatile boolean initialized;
  private volatile boolean disposed;
  private boolean initializing;
  private boolean executed;
  private TileComputer tiles;
  private Dimension tileSizeHint;
  private volatile ProgressMonitor runMonitor = ProgressMonitor.NULL;

  OperatorContext(Operator operator) {
    this.operator = operator;
    this.parameters = new ParameterBinder(operator, this::alias,
        () -> sourceList.isEmpty() ? null : sourceList.get(0));
    this.tileImplemented = implementsMethod(operator.getClass(), "computeTile", Band.class, Tile.class, ProgressMonitor.class);
    this.stackImplemented = implementsMethod(operator.getClass(), "computeTileStack", Map.class, Rectangle.class,
        ProgressMonitor.class);
  }

  Operator getOperator() {
    return operator;
  }

  ParameterBinder parameters() {
    return parameters;
  }

  boolean isComputeTileImplemented() {
    return tileImplemented;
  }

  boolean isComputeTileStackImplemented() {
    return stackImplemented;
  }

  /** The operator's alias: its SPI's, else from its class. */
  String alias() {
    return spi != null ? spi.getOperatorAlias() : OperatorSpi.getOperatorAlias(operator.getClass());
  }

  /** "Operator 'alias': ", the start of every message about this operator. */
  String messagePrefix() {
    return "Operator '" + alias() + "': ";
  }

  OperatorSpi getSpi() {
    if (spi == null) {
      spi = new OperatorSpi(operator.getClass()) { };
    }
    return spi;
  }

  void setSpi(OperatorSpi spi) {
    this.spi = spi;
  }

  Logger getLogger() {
    return logger;
  }

  void setLogger(Logger logger) {
    this.logger = logger;
  }

  /**
   * SNAP's id, the alias, '$' and the time in hex: a product processed again in a later run never
   * meets this run's id in the history it inherits (a counter started again at 1 in every JVM).
   */
  synchronized String getId() {
    if (id == null) {
      id = alias() + '$' + Long.toHexString(uniqueMillis()).toUpperCase(Locale.ROOT);
    }
    return id;
  }

  /** Sets the id, as gpt does to give a graph node's operator the node's id. */
  synchronized void setId(String id) {
    this.id = Objects.requireNonNull(id, "id");
  }

  /** When this operator's target was made, as its Processing_Graph node says; null before. */
  String getProcessingTime() {
    return processingTime;
  }

  void setProcessingTime(String processingTime) {
    this.processingTime = processingTime;
  }

  /**
   * The current time in milliseconds, but later than any returned before in this JVM, so that
   * ids, and processing times, made in the same millisecond still differ.
   */
  static long uniqueMillis() {
    return LAST_MILLIS.accumulateAndGet(System.currentTimeMillis(), (last, now) -> Math.max(last + 1, now));
  }

  void setTileSizeHint(Dimension tileSize) {
    this.tileSizeHint = tileSize;
  }

  // ---- sources ----

  Map<String, Product> getSourceProductMap() {
    return Collections.unmodifiableMap(sourceMap);
  }

  Product[] getSourceProducts() {
    return sourceList.toArray(new Product[0]);
  }

  void setSourceProduct(String key, Product product) {
    if (product != null) {
      sourceMap.put(key, product);
      if (!sourceList.contains(product)) {
        sourceList.add(product);
      }
    }
  }

  /** Replaces the sources, keyed "sourceProduct.1", "sourceProduct1", "sourceProduct.2", ... */
  void setSourceProducts(Product[] products) {
    sourceMap.clear();
    sourceList.clear();
    for (int i = 0; i < products.length; i++) {
      setSourceProduct(GPF.SOURCE_PRODUCT_FIELD_NAME + '.' + (i + 1), products[i]);
      setSourceProduct(GPF.SOURCE_PRODUCT_FIELD_NAME + (i + 1), products[i]);
    }
  }

  void setSourceProducts(Map<String, Product> products) {
    sourceMap.clear();
    sourceList.clear();
    products.forEach(this::setSourceProduct);
  }

  /** The key of {@code product}, preferring the "name.N" form; null if it is no source. */
  String getSourceProductId(Product product) {
    String found = null;
    for (Map.Entry<String, Product> entry : sourceMap.entrySet()) {
      if (entry.getValue() == product && (found == null || entry.getKey().contains(".") && !found.contains("."))) {
        found = entry.getKey();
      }
    }
    return found;
  }

  // ---- target ----

  Product getTargetProduct() {
    if (initialized) {
      return targetProduct;
    }
    synchronized (this) {
      if (!initialized) {
        initialize();
      }
      return targetProduct;
    }
  }

  synchronized void setTargetProduct(Product product) {
    this.targetProduct = product;
  }

  Object getTargetProperty(String name) {
    getTargetProduct();
    for (Field field : OperatorFields.annotated(operator, TargetProperty.class)) {
      String alias = field.getAnnotation(TargetProperty.class).alias();
      if (field.getName().equals(name) || alias.equals(name)) {
        return OperatorFields.read(this, field);
      }
    }
    return null;
  }

  /** Drops the target product and its cached tiles, then builds it again. */
  synchronized void update() {
    if (tiles != null) {
      tiles.dispose();
    }
    targetProduct = null;
    initialized = false;
    executed = false;
    for (Field field : OperatorFields.annotated(operator, TargetProduct.class)) {
      OperatorFields.write(this, field, null);
    }
    initialize();
  }

  private void initialize() {
    if (initializing) {
      throw new OperatorException(messagePrefix() + "getTargetProduct() was called from within initialize()");
    }
    initializing = true;
    try {
      SourceProductBinder.inject(this);
      // whatever initialize() throws comes through as thrown, as in SNAP's initializeOperator:
      // a graph names the node, bin/dlinsar the operator
      try (OperatorTimes.Frame timed = OperatorTimes.enter(alias())) {
        operator.initialize();
      }
      bindTargetProduct();
      attachImages();
      if (targetProduct.getProductReader() == null) {
        // as SNAP: disposing the product disposes the operator (a product passed through keeps its reader)
        targetProduct.setProductReader(new OperatorProductReader(this));
      }
      ProcessingGraphMetadata.addTo(targetProduct, this);
      ProductOwners.register(targetProduct, this);
      initialized = true;
    } finally {
      initializing = false;
    }
  }

  private void bindTargetProduct() {
    for (Field field : OperatorFields.annotated(operator, TargetProduct.class)) {
      Product inField = (Product) OperatorFields.read(this, field);
      if (targetProduct == null) {
        targetProduct = inField;
      } else if (inField != targetProduct) {
        OperatorFields.write(this, field, targetProduct);
      }
    }
    if (targetProduct == null) {
      throw new OperatorException(messagePrefix() + "initialize() set no target product");
    }
    targetProduct.setPreferredTileSize(preferredTileSize());
  }

  /**
   * The target's tile size as SNAP's OperatorContext chooses it (initTargetProduct,
   * setTargetImages, getPreferredTileSize): a GPF.KEY_TILE_SIZE hint, else the size the operator
   * set in initialize(), else that of the first source of the same raster size that has one, else
   * JAIUtils.computePreferredTileSize(width, height, 4). Never shrunk for tile stacks.
   */
  private Dimension preferredTileSize() {
    if (tileSizeHint != null) {
      return tileSizeHint;
    }
    if (targetProduct.getPreferredTileSize() != null) {
      return targetProduct.getPreferredTileSize();
    }
    for (Product source : sourceList) {
      if (source.getPreferredTileSize() != null && source.getSceneRasterSize().equals(targetProduct.getSceneRasterSize())) {
        return source.getPreferredTileSize();
      }
    }
    return PreferredTileSize.of(targetProduct.getSceneRasterWidth(), targetProduct.getSceneRasterHeight(),
        PreferredTileSize.OPERATOR_GRANULARITY);
  }

  private void attachImages() {
    boolean stack = stackImplemented && !tileImplemented;
    tiles = new TileComputer(operator, alias(), messagePrefix(), stack);
    for (Band band : targetProduct.getBands()) {
      if (band instanceof VirtualBand || band.isSourceImageSet()) {
        continue;
      }
      if (stack && !band.getRasterSize().equals(targetProduct.getSceneRasterSize())) {
        throw new OperatorException(messagePrefix() + "computeTileStack needs every computed band at the scene size "
            + size(targetProduct.getSceneRasterSize()) + ", band '" + band.getName() + "' is " + size(band.getRasterSize()));
      }
      Dimension tileSize = RasterImage.tileSize(targetProduct.getPreferredTileSize(), band.getRasterWidth(),
          band.getRasterHeight());
      OperatorImage image = new OperatorImage(band, tiles, tileSize);
      tiles.add(image);
      band.setSourceImage(image);
    }
  }

  // ---- running ----

  /** Builds the target product, then runs {@code doExecute} once. */
  void execute(ProgressMonitor pm) {
    setRunMonitor(pm);
    getTargetProduct();
    synchronized (this) {
      if (executed) {
        return;
      }
      executed = true;
    }
    operator.doExecute(pm);
  }

  void setRunMonitor(ProgressMonitor pm) {
    runMonitor = pm != null ? pm : ProgressMonitor.NULL;
  }

  void checkForCancellation() {
    if (runMonitor.isCanceled()) {
      throw new OperatorCancelException(messagePrefix() + "processing was cancelled");
    }
  }

  /**
   * Disposes the target product, then drops the cached tiles (the bands computed here can no longer
   * be read), then calls the operator's dispose() hook; once. SNAP's order (snap-gpf 14.x
   * internal/OperatorContext.java:480-497): the target's OperatorProductReader finds this context
   * disposed and does not come back here. A product passed through (Read's, Write's source) is
   * disposed too, as in SNAP.
   */
  void dispose() {
    synchronized (this) {
      if (disposed) {
        return;
      }
      disposed = true;
    }
    if (targetProduct != null) {
      ProductOwners.unregister(targetProduct, this);
      targetProduct.dispose();
    }
    if (tiles != null) {
      tiles.dispose();
    }
    operator.dispose();
  }

  boolean isDisposed() {
    return disposed;
  }

  // ---- tiles ----

  /** The images of the computed target bands; empty before initialisation. */
  List<OperatorImage> getImages() {
    return tiles != null ? tiles.images() : List.of();
  }

  /** Drops this operator's cached tiles; they are computed again when read. */
  void dropCachedTiles() {
    if (tiles != null) {
      tiles.dropCachedTiles();
    }
  }

  // ---- helpers ----

  private static boolean implementsMethod(Class<?> type, String name, Class<?>... parameterTypes) {
    for (Class<?> c = type; c != null && c != Operator.class; c = c.getSuperclass()) {
      try {
        Method method = c.getDeclaredMethod(name, parameterTypes);
        return !Modifier.isAbstract(method.getModifiers());
      } catch (NoSuchMethodException e) {
        // not declared here: look in the superclass
      }
    }
    return false;
  }

  static String size(Dimension size) {
    return size.width + "x" + size.height;
  }

  private static String text(Rectangle r) {
    return "x=" + r.x + ", y=" + r.y + ", " + r.width + "x" + r.height;
  }
}
