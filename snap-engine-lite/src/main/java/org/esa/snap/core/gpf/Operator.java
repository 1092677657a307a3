package org.esa.snap.core.gpf;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.logging.Logger;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.RasterDataNode;

/**
 * The base class of GPF operators: {@link #initialize()} builds the target product from the
 * sources and parameters, and {@link #computeTile} or {@link #computeTileStack} fill its bands
 * tile by tile when they are read.
 *
 * <p>Lifecycle: the first {@link #getTargetProduct()} injects {@code @SourceProduct(s)} fields
 * and {@code @Parameter} values, checks the parameters, calls {@code initialize()} once and
 * attaches a computing image to every target band that is not virtual and has no source image
 * yet. Operators created by an {@link OperatorSpi} (as GPF and graphs do) start with their
 * parameter defaults; an operator made with {@code new} keeps its field initialisers until
 * {@link #setParameterDefaultValues()} is called, as in SNAP. Tiles may be computed by several
 * threads at once. Whoever owns the target product disposes it when done with it: that drops the
 * operator's computed tiles and then calls {@link #dispose()}, the operator's own hook, as in SNAP;
 * overrides of {@code dispose()} must call {@code super.dispose()}.
 */
public abstract class Operator {

  final OperatorContext context;

  /** Creates an operator; its sources and parameters are set afterwards. */
  protected Operator() {
    context = new OperatorContext(this);
  }

  /** Sets every {@code @Parameter} field that declares a {@code defaultValue} to it. */
  public void setParameterDefaultValues() {
    context.parameters().applyDefaults();
  }

  /**
   * Builds the target product: checks the sources and parameters, creates the target bands and
   * calls {@link #setTargetProduct} (or sets the {@code @TargetProduct} field). Called once, by
   * the first {@link #getTargetProduct()}.
   *
   * @throws OperatorException if the sources or parameters do not fit
   */
  public abstract void initialize() throws OperatorException;

  /** Drops the target product and its computed tiles and initialises the operator again. */
  public final void update() {
    context.update();
  }

  /**
   * Builds the target product if needed, then calls {@link #doExecute} once; {@code pm} becomes
   * the monitor that {@link #checkForCancellation()} watches.
   */
  public final void execute(ProgressMonitor pm) {
    context.execute(pm);
  }

  /**
   * Does the operator's own work after initialisation, for operators that are not pulled tile by
   * tile (those with {@code autoWriteDisabled}, such as {@code Write}). Does nothing by default.
   */
  public void doExecute(ProgressMonitor pm) throws OperatorException {
    // Tile-computing operators have nothing to do here.
  }

  /**
   * Fills {@code targetTile} of {@code targetBand}. Overrides must keep exactly this signature:
   * GPF detects them by reflection.
   *
   * @throws OperatorException always, unless overridden
   */
  public void computeTile(Band targetBand, Tile targetTile, ProgressMonitor pm) throws OperatorException {
    throw new OperatorException(context.messagePrefix() + "does not override computeTile(), so band '"
        + targetBand.getName() + "' cannot be computed");
  }

  /**
   * Fills the tiles of all computed target bands for one rectangle of the tile grid. Used when an
   * operator overrides this method and not {@link #computeTile}. Overrides must keep exactly this
   * signature: GPF detects them by reflection.
   *
   * @throws OperatorException always, unless overridden
   */
  public void computeTileStack(Map<Band, Tile> targetTiles, Rectangle targetRectangle, ProgressMonitor pm)
      throws OperatorException {
    throw new OperatorException(context.messagePrefix() + "does not override computeTileStack()");
  }

  /**
   * Releases what the operator itself holds; does nothing by default. As in SNAP (snap-gpf 14.x
   * Operator.java:204-211) this is the operator's hook: GPF calls it once, last, when the operator's
   * target product is disposed (or its graph node), after the product and the images of its bands.
   * Overrides must call {@code super.dispose()}.
   */
  public void dispose() {
    // The operator's own resources only: its context is disposed by whoever disposes its product.
  }

  /** True if the operator overrides {@link #computeTile}. */
  public boolean canComputeTile() {
    return context.isComputeTileImplemented();
  }

  /** True if the operator overrides {@link #computeTileStack}. */
  public boolean canComputeTileStack() {
    return context.isComputeTileStackImplemented();
  }

  /**
   * Tells GPF that all bands are needed together. The headless engine computes bands on demand
   * and shares tile stacks through its cache, so this changes nothing here.
   */
  protected final void setRequiresAllBands(boolean requiresAllBands) {
    // Kept for SNAP compatibility: tile stacks are already shared by the tile cache.
  }

  /** A unique id: the alias, '$' and the time in hex as SNAP's; in a graph, the node's id. */
  public final String getId() {
    return context.getId();
  }

  /** The distinct source products, in the order they were given. */
  public final Product[] getSourceProducts() {
    return context.getSourceProducts();
  }

  /** Replaces the sources, keyed "sourceProduct.1", "sourceProduct1", "sourceProduct.2", ... */
  public final void setSourceProducts(Product... products) {
    context.setSourceProducts(products);
  }

  /** The source keyed "sourceProduct", else the first source, else null (as SNAP's Operator). */
  public Product getSourceProduct() {
    Product product = getSourceProduct(GPF.SOURCE_PRODUCT_FIELD_NAME);
    if (product != null) {
      return product;
    }
    Product[] products = context.getSourceProducts();
    return products.length > 0 ? products[0] : null;
  }

  /** Adds {@code product} as the source "sourceProduct". */
  public void setSourceProduct(Product product) {
    setSourceProduct(GPF.SOURCE_PRODUCT_FIELD_NAME, product);
  }

  /** The source with this key, or null. */
  public final Product getSourceProduct(String id) {
    return context.getSourceProductMap().get(id);
  }

  /** Adds {@code product} as the source with this key. */
  public final void setSourceProduct(String id, Product product) {
    context.setSourceProduct(id, product);
  }

  /** The key of a source product (preferring "name.N" forms), or null. */
  public final String getSourceProductId(Product product) {
    return context.getSourceProductId(product);
  }

  /**
   * Returns the target product, initialising the operator on the first call; a call after a
   * failed initialisation initialises again, as SNAP's does.
   *
   * @throws OperatorException if sources, parameters or {@code initialize()} fail; another runtime
   *     exception from {@code initialize()} comes through as thrown, as in SNAP
   */
  public final Product getTargetProduct() throws OperatorException {
    return context.getTargetProduct();
  }

  /** Sets the target product; called from {@link #initialize()}. */
  public final void setTargetProduct(Product targetProduct) {
    context.setTargetProduct(targetProduct);
  }

  /** The value of the {@code @TargetProperty} field with this name or alias, after initialisation. */
  public final Object getTargetProperty(String name) throws OperatorException {
    return context.getTargetProperty(name);
  }

  /**
   * The value of a parameter field, by parameter name; null for a name that is no parameter, as
   * in SNAP.
   */
  public Object getParameter(String name) {
    return context.parameters().get(name);
  }

  /** The value of a parameter field, or {@code defaultValue} if it is null. */
  public Object getParameter(String name, Object defaultValue) {
    Object value = getParameter(name);
    return value != null ? value : defaultValue;
  }

  /**
   * Sets a parameter field, converting text to the field type and checking {@code valueSet} and
   * {@code interval}. A name that is no parameter is ignored, as in SNAP.
   *
   * @throws OperatorException naming the parameter and value if the value is not allowed
   */
  public void setParameter(String name, Object value) {
    context.parameters().set(name, value);
  }

  /**
   * Reads the samples of {@code region} as a source tile. As SNAP's (OperatorContext.getSourceTile
   * 14.x, lines 435-452, over JAI's PlanarImage.getData), the tile covers the whole region, also
   * where it reaches beyond the raster (a halo at the scene's edge): there its raw samples are 0
   * and, for a raster with a valid mask, invalid. As in SNAP, the tile may share its buffer: for a raster holding
   * its data in memory, the tile's data buffer is that data (index it with the scanline offset and
   * stride), so an operator must never write into a source tile's arrays.
   *
   * @throws OperatorException if the region misses the raster or the samples cannot be read
   */
  public final Tile getSourceTile(RasterDataNode rasterDataNode, Rectangle region) throws OperatorException {
    Rectangle clipped = region.intersection(new Rectangle(0, 0, rasterDataNode.getRasterWidth(),
        rasterDataNode.getRasterHeight()));
    if (clipped.isEmpty()) {
      throw new OperatorException(context.messagePrefix() + "source region " + region + " lies outside band '"
          + rasterDataNode.getName() + "' of " + rasterDataNode.getRasterWidth() + "x" + rasterDataNode.getRasterHeight());
    }
    if (!clipped.equals(region)) {
      return extendedSourceTile(rasterDataNode, region, getSourceTile(rasterDataNode, clipped));
    }
    UpstreamTiles.read(rasterDataNode, clipped);
    ProductData loaded = rasterDataNode.getRasterData();
    if (loaded != null) {
      // As SNAP's tiles share the image's raster: the band's own data, indexed with offset and stride.
      int width = rasterDataNode.getRasterWidth();
      return new TileImpl(rasterDataNode, clipped, loaded, clipped.y * width + clipped.x, width, false);
    }
    // reused from the thread's last tile computation, if any: valid until this one returns
    ProductData data = SourceTileBuffers.take(rasterDataNode, clipped.width, clipped.height);
    try {
      rasterDataNode.readRasterData(clipped.x, clipped.y, clipped.width, clipped.height, data);
    } catch (IOException | UncheckedIOException e) {
      Product product = rasterDataNode.getProduct();
      throw new OperatorException(context.messagePrefix() + "cannot read band '" + rasterDataNode.getName()
          + "' of product '" + (product != null ? product.getName() : "?") + "': " + e.getMessage(), e);
    }
    return new TileImpl(rasterDataNode, clipped, data, false);
  }

  /**
   * A source tile over all of {@code region}, which reaches beyond the raster: SNAP's
   * getSourceTile gives JAI's PlanarImage.getData(region), a raster of the whole region whose
   * samples outside the image stay 0, and TileImpl takes its bounds; here the part inside is
   * copied into such a buffer.
   */
  private static Tile extendedSourceTile(RasterDataNode rasterDataNode, Rectangle region, Tile inside) {
    ProductData data = rasterDataNode.createCompatibleRasterData(region.width, region.height);
    ProductData insideData = inside.getRawSamples();
    Object from = insideData.getElems();
    Object to = data.getElems();
    for (int row = 0; row < inside.getHeight(); row++) {
      System.arraycopy(from, row * inside.getWidth(), to,
          (inside.getMinY() - region.y + row) * region.width + inside.getMinX() - region.x, inside.getWidth());
    }
    return new TileImpl(rasterDataNode, region, data, false);
  }

  /**
   * Throws {@link OperatorCancelException} if the monitor of the current run was cancelled (the
   * launcher's stop: Ctrl-C, SIGTERM, a failed tile elsewhere). In SNAP 12 to 14 nothing sets the
   * flag this checks (snap-gpf calls OperatorContext.setCancelled nowhere): a tile runs to its end
   * there and the executor stops between tiles, so a stop inside a tile is the headless engine's.
   */
  protected final void checkForCancellation() throws OperatorException {
    context.checkForCancellation();
  }

  /**
   * Checks that every product has a scene geo-coding.
   *
   * @throws OperatorException naming the first product without one
   */
  protected void ensureSceneGeoCoding(Product... products) throws OperatorException {
    for (Product product : products) {
      if (product.getSceneGeoCoding() == null) {
        throw new OperatorException(context.messagePrefix() + "source product '" + product.getName()
            + "' has no scene geo-coding");
      }
    }
  }

  /**
   * Returns the scene size shared by all products.
   *
   * @throws OperatorException naming every product and its size if they differ
   */
  protected Dimension ensureSingleRasterSize(Product... products) throws OperatorException {
    String[] names = new String[products.length];
    Dimension[] sizes = new Dimension[products.length];
    for (int i = 0; i < products.length; i++) {
      names[i] = "product '" + products[i].getName() + "'";
      sizes[i] = products[i].getSceneRasterSize();
    }
    return RasterSizes.common(context.messagePrefix(), "products", names, sizes);
  }

  /**
   * Returns the raster size shared by all nodes.
   *
   * @throws OperatorException naming every node and its size if they differ
   */
  protected Dimension ensureSingleRasterSize(RasterDataNode... rasterDataNodes) throws OperatorException {
    String[] names = new String[rasterDataNodes.length];
    Dimension[] sizes = new Dimension[rasterDataNodes.length];
    for (int i = 0; i < rasterDataNodes.length; i++) {
      names[i] = "band '" + rasterDataNodes[i].getName() + "'";
      sizes[i] = rasterDataNodes[i].getRasterSize();
    }
    return RasterSizes.common(context.messagePrefix(), "rasters", names, sizes);
  }

  /** The operator's logger. */
  public final Logger getLogger() {
    return context.getLogger();
  }

  /** Replaces the operator's logger. */
  public final void setLogger(Logger logger) {
    context.setLogger(logger);
  }

  /** Stops SNAP's tile computation observation; the headless engine has none, so does nothing. */
  public void stopTileComputationObservation() {
    // No tile observers in the headless engine.
  }

  /** The SPI that created this operator, or one made for its class. */
  public final OperatorSpi getSpi() {
    return context.getSpi();
  }

  /** Sets the SPI that created this operator. */
  public final void setSpi(OperatorSpi operatorSpi) {
    context.setSpi(operatorSpi);
  }
}
