package org.esa.snap.core.datamodel;

import eu.esa.snap.core.datamodel.group.BandGroup;
import java.awt.Color;
import java.awt.Dimension;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Logger;
import org.dlinsar.lite.expr.ExpressionSymbols;
import org.dlinsar.lite.geo.TiePointGeoCoding;
import org.dlinsar.lite.geo.TiePointGrid;
import org.dlinsar.lite.geo.TiePointGrids;
import org.esa.snap.core.dataio.ProductReader;
import org.esa.snap.core.dataio.ProductWriter;

/**
 * A product: a scene raster size, bands, the metadata tree under {@value #METADATA_ROOT_NAME},
 * start and end time, a scene geocoding and a preferred tile size.
 *
 * <p>Tie-point grids are held by the scene geocoding: an {@link TiePointGeoCoding}, or a map
 * grid's {@code CrsGeoCoding} carrying them beside it ({@link TiePointGrids});
 * {@link #getTiePointGridNames()} reads them from there. Bands and masks are the raster data nodes
 * of the headless engine (no tie-point grid nodes).
 */
public class Product extends ProductNode implements Closeable {

  public static final String METADATA_ROOT_NAME = "metadata";
  public static final String HISTORY_ROOT_NAME = "history";
  public static final String PROPERTY_NAME_PRODUCT_TYPE = "productType";

  private ProductReader productReader;
  private String productType;
  private Dimension sceneRasterSize;
  private final ProductNodeGroup<Band> bandGroup;
  private final ProductNodeGroup<Mask> maskGroup;
  private final ProductNodeGroup<FlagCoding> flagCodingGroup;
  private final ProductNodeGroup<IndexCoding> indexCodingGroup;
  private BandGroup autoGrouping;
  private final MetadataElement metadataRoot;
  private File fileLocation;
  private ProductWriter productWriter;
  private GeoCoding sceneGeoCoding;
  private ProductData.UTC startTime;
  private ProductData.UTC endTime;
  private Dimension preferredTileSize;
  private String quicklookBandName;

  /** A product of a fixed scene size. */
  public Product(String name, String type, int sceneRasterWidth, int sceneRasterHeight) {
    this(name, type, sceneRasterWidth, sceneRasterHeight, null);
  }

  /**
   * A product of a fixed scene size.
   *
   * @param reader the reader that made the product, or null; the headless engine attaches pixels
   *     through source images
   * @throws IllegalArgumentException if the size is not positive
   */
  public Product(String name, String type, int sceneRasterWidth, int sceneRasterHeight, ProductReader reader) {
    this(name, type, new Dimension(sceneRasterWidth, sceneRasterHeight));
    this.productReader = reader;
    if (sceneRasterWidth < 1 || sceneRasterHeight < 1) {
      throw new IllegalArgumentException("product '" + name + "' needs a positive scene size, got "
          + sceneRasterWidth + "x" + sceneRasterHeight);
    }
  }

  /** A product whose scene size is that of its largest band. */
  public Product(String name, String type) {
    this(name, type, (ProductReader) null);
  }

  /**
   * A product whose scene size is that of its largest band.
   *
   * @param reader the reader that made the product, or null; the headless engine attaches pixels
   *     through source images
   */
  public Product(String name, String type, ProductReader reader) {
    this(name, type, (Dimension) null);
    this.productReader = reader;
  }

  private Product(String name, String type, Dimension sceneRasterSize) {
    super(name);
    this.productType = type;
    this.sceneRasterSize = sceneRasterSize;
    this.bandGroup = new ProductNodeGroup<>(this, "bands", true);
    this.maskGroup = new ProductNodeGroup<>(this, "masks", true);
    this.flagCodingGroup = new ProductNodeGroup<>(this, "flagCodings", true);
    this.indexCodingGroup = new ProductNodeGroup<>(this, "indexCodings", true);
    this.metadataRoot = new MetadataElement(METADATA_ROOT_NAME);
    this.metadataRoot.setOwner(this);
  }

  public File getFileLocation() {
    return fileLocation;
  }

  public void setFileLocation(File fileLocation) {
    this.fileLocation = fileLocation;
  }

  /** The writer writing this product, set as it starts writing (as SNAP's writers set it); or null. */
  public ProductWriter getProductWriter() {
    return productWriter;
  }

  public void setProductWriter(final ProductWriter writer) {
    this.productWriter = writer;
  }

  public String getProductType() {
    return productType;
  }

  public void setProductType(String productType) {
    this.productType = productType;
    setModified(true);
  }

  /**
   * Closes the product's reader, as SNAP does (an operator's target: the operator is disposed,
   * its cached tiles and files go), then disposes bands, metadata and geocoding; the product must
   * not be used afterwards.
   */
  @Override
  public void dispose() {
    ProductReader reader = productReader;
    productReader = null;
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException e) {
        Logger.getLogger(Product.class.getName()).warning("closing the reader of product '" + getName()
            + "' failed: " + e.getMessage());
      }
    }
    bandGroup.dispose();
    maskGroup.dispose();
    flagCodingGroup.dispose();
    indexCodingGroup.dispose();
    metadataRoot.dispose();
    if (sceneGeoCoding != null) {
      sceneGeoCoding.dispose();
      sceneGeoCoding = null;
    }
    super.dispose();
  }

  /** As {@link #dispose()}. */
  @Override
  public void close() throws IOException {
    dispose();
  }

  public GeoCoding getSceneGeoCoding() {
    return sceneGeoCoding;
  }

  public void setSceneGeoCoding(GeoCoding sceneGeoCoding) {
    this.sceneGeoCoding = sceneGeoCoding;
    setModified(true);
  }

  /** Whether every band uses the scene geocoding (has none of its own). */
  public boolean isUsingSingleGeoCoding() {
    for (int i = 0; i < bandGroup.getNodeCount(); i++) {
      GeoCoding own = bandGroup.get(i).getGeoCoding();
      if (own != null && own != sceneGeoCoding) {
        return false;
      }
    }
    return true;
  }

  public final int getSceneRasterWidth() {
    return getSceneRasterSize().width;
  }

  public final int getSceneRasterHeight() {
    return getSceneRasterSize().height;
  }

  /** The scene size given at construction, else that of the largest band (0 x 0 without bands). */
  public final Dimension getSceneRasterSize() {
    if (sceneRasterSize != null) {
      return new Dimension(sceneRasterSize);
    }
    Dimension largest = new Dimension(0, 0);
    for (int i = 0; i < bandGroup.getNodeCount(); i++) {
      Band band = bandGroup.get(i);
      if ((long) band.getRasterWidth() * band.getRasterHeight() > (long) largest.width * largest.height) {
        largest = band.getRasterSize();
      }
    }
    return largest;
  }

  /** Whether some band's size differs from the scene size. */
  public boolean isMultiSize() {
    Dimension scene = getSceneRasterSize();
    for (int i = 0; i < bandGroup.getNodeCount(); i++) {
      if (!bandGroup.get(i).getRasterSize().equals(scene)) {
        return true;
      }
    }
    return false;
  }

  public ProductData.UTC getStartTime() {
    return startTime;
  }

  public void setStartTime(ProductData.UTC startTime) {
    this.startTime = startTime;
    setModified(true);
  }

  public ProductData.UTC getEndTime() {
    return endTime;
  }

  public void setEndTime(ProductData.UTC endTime) {
    this.endTime = endTime;
    setModified(true);
  }

  /** The root of the metadata tree, named {@value #METADATA_ROOT_NAME}. */
  public MetadataElement getMetadataRoot() {
    return metadataRoot;
  }

  public ProductNodeGroup<Band> getBandGroup() {
    return bandGroup;
  }

  /**
   * Adds {@code band}; the product becomes its product.
   *
   * @throws IllegalArgumentException if the product has a band of that name (ignoring case)
   */
  public void addBand(Band band) {
    if (band == null) {
      throw new IllegalArgumentException("product '" + getName() + "': cannot add a null band");
    }
    if (containsRasterDataNode(band.getName())) {
      throw new IllegalArgumentException("The Product '" + getName() + "' already contains a band with the name '"
          + band.getName() + "'.");
    }
    bandGroup.add(band);
  }

  /** Adds and returns a band of the scene size. */
  public Band addBand(String bandName, int dataType) {
    Band band = new Band(bandName, dataType, getSceneRasterWidth(), getSceneRasterHeight());
    addBand(band);
    return band;
  }

  /** Adds and returns a float32 virtual band of the scene size. */
  public Band addBand(String bandName, String expression) {
    return addBand(bandName, expression, ProductData.TYPE_FLOAT32);
  }

  /** Adds and returns a virtual band of the scene size. */
  public Band addBand(String bandName, String expression, int dataType) {
    Band band = new VirtualBand(bandName, dataType, getSceneRasterWidth(), getSceneRasterHeight(), expression);
    addBand(band);
    return band;
  }

  public boolean removeBand(Band band) {
    return bandGroup.remove(band);
  }

  public int getNumBands() {
    return bandGroup.getNodeCount();
  }

  public Band getBandAt(int index) {
    return bandGroup.get(index);
  }

  public String[] getBandNames() {
    return bandGroup.getNodeNames();
  }

  public Band[] getBands() {
    return bandGroup.toArray(new Band[0]);
  }

  /*
   * A null or empty name is refused, as SNAP's (snap-core Product.java 14.x, lines 1256-1287,
   * Guardian.assertNotNullOrEmpty), and so by containsRasterDataNode and getRasterDataNode.
   */

  /**
   * The band named {@code name} (ignoring case), or null.
   *
   * @throws IllegalArgumentException if {@code name} is null or empty, as SNAP's
   */
  public Band getBand(String name) {
    if (ProductNodeNames.isNoLookupName(name)) {
      throw ProductNodeNames.noLookupName(name, "Product.getBand of '" + getName() + "'");
    }
    return bandGroup.get(name);
  }

  /** @throws IllegalArgumentException if {@code name} is null or empty, as SNAP's */
  public int getBandIndex(String name) {
    if (ProductNodeNames.isNoLookupName(name)) {
      throw ProductNodeNames.noLookupName(name, "Product.getBandIndex of '" + getName() + "'");
    }
    return bandGroup.indexOf(name);
  }

  /** @throws IllegalArgumentException if {@code name} is null or empty, as SNAP's */
  public boolean containsBand(String name) {
    if (ProductNodeNames.isNoLookupName(name)) {
      throw ProductNodeNames.noLookupName(name, "Product.containsBand of '" + getName() + "'");
    }
    return bandGroup.contains(name);
  }

  /** Whether a band or a mask has this name (tie-point grids belong to the geocoding here). */
  public boolean containsRasterDataNode(String name) {
    return containsBand(name) || maskGroup.contains(name);
  }

  /** The band named {@code name}, else the mask, or null. */
  public RasterDataNode getRasterDataNode(String name) {
    Band band = getBand(name);
    return band != null ? band : maskGroup.get(name);
  }

  /** The product's masks: computed from its rasters, never stored in band files. */
  public ProductNodeGroup<Mask> getMaskGroup() {
    return maskGroup;
  }

  /**
   * Adds {@code mask}; the product becomes its product.
   *
   * @throws IllegalArgumentException if the product has a raster of that name (ignoring case)
   */
  public void addMask(Mask mask) {
    if (containsRasterDataNode(mask.getName())) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "The Product '%s' already contains a raster with the name '%s'.",
          getName(), mask.getName()));
    }
    maskGroup.add(mask);
  }

  /**
   * Adds and returns a band-maths mask of the size of the first raster the expression names (the
   * scene's if it names none).
   *
   * @throws IllegalArgumentException if a raster of that name exists, or the expression names
   *     rasters of different sizes
   */
  public Mask addMask(String maskName, String expression, String description, Color color, double transparency) {
    List<String> names = List.of();
    try {
      names = ExpressionSymbols.rasterNames(this, expression);
    } catch (IllegalArgumentException e) {
      Logger.getLogger(Product.class.getName()).warning(String.format(Locale.ROOT, "Adding invalid expression '%s' to product",
          expression));
    }
    Dimension size = names.isEmpty() ? sceneRasterSize : getRasterDataNode(names.get(0)).getRasterSize();
    for (String name : names) {
      if (!getRasterDataNode(name).getRasterSize().equals(size)) {
        throw new IllegalArgumentException("Expression must not reference rasters of different sizes");
      }
    }
    Mask mask = Mask.BandMathsType.create(maskName, description, size.width, size.height, expression, color,
        transparency);
    addMask(mask);
    return mask;
  }

  /** The number of tie-point grids the scene geocoding holds ({@link TiePointGrids#of}). */
  public int getNumTiePointGrids() {
    return getTiePointGridNames().length;
  }

  /**
   * The tie-point grid named {@code name} that the scene geocoding holds, as SNAP's node owned by
   * this product; null without one. A new node each call (SNAP answers the one it holds): the grid
   * itself is read-only.
   *
   * @throws IllegalArgumentException for a null or empty name, as SNAP's
   */
  public org.esa.snap.core.datamodel.TiePointGrid getTiePointGrid(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("name must not be null or empty");
    }
    TiePointGrid grid = TiePointGrids.named(sceneGeoCoding, name);
    if (grid == null) {
      return null;
    }
    var node = new org.esa.snap.core.datamodel.TiePointGrid(grid.getName(), grid.getGridWidth(),
        grid.getGridHeight(), grid.getOffsetX(), grid.getOffsetY(), grid.getSubSamplingX(), grid.getSubSamplingY(),
        grid.getTiePoints(), grid.getDiscontinuity());
    node.setUnit(grid.getUnit());
    node.setDescription(grid.getDescription());
    node.setOwner(this);
    return node;
  }

  /** The names of the tie-point grids the scene geocoding holds, in order. */
  public String[] getTiePointGridNames() {
    return TiePointGrids.of(sceneGeoCoding).stream().map(TiePointGrid::getName).toArray(String[]::new);
  }

  public String getQuicklookBandName() {
    return quicklookBandName;
  }

  public void setQuicklookBandName(String quicklookBandName) {
    this.quicklookBandName = quicklookBandName;
  }

  /** The flag codings of the product's flag bands. */
  public ProductNodeGroup<FlagCoding> getFlagCodingGroup() {
    return flagCodingGroup;
  }

  /** The index codings of the product's index bands. */
  public ProductNodeGroup<IndexCoding> getIndexCodingGroup() {
    return indexCodingGroup;
  }

  /** How SNAP Desktop groups the bands in its product tree, null for no grouping. */
  public BandGroup getAutoGrouping() {
    return autoGrouping;
  }

  /**
   * Sets the band grouping from its text, paths separated by ':' and a path's groups by '/'
   * (for example {@code "i_ifg:q_ifg:coh"}); an empty text clears it.
   *
   * @throws IllegalArgumentException if {@code pattern} is null
   */
  public void setAutoGrouping(String pattern) {
    if (pattern == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    setAutoGrouping(BandGroup.parse(pattern));
  }

  public void setAutoGrouping(BandGroup autoGrouping) {
    if (!Objects.equals(this.autoGrouping, autoGrouping)) {
      this.autoGrouping = autoGrouping;
      setModified(true);
    }
  }

  /** The preferred tile size (a copy), or null if never set. */
  public Dimension getPreferredTileSize() {
    return preferredTileSize == null ? null : new Dimension(preferredTileSize);
  }

  /** Sets the preferred tile size (copied); null clears it. */
  public void setPreferredTileSize(Dimension preferredTileSize) {
    this.preferredTileSize = preferredTileSize == null ? null : new Dimension(preferredTileSize);
  }

  public void setPreferredTileSize(int tileWidth, int tileHeight) {
    setPreferredTileSize(new Dimension(tileWidth, tileHeight));
  }

  /**
   * Whether {@code product} covers the same scene: same size and, when both can locate pixels,
   * the same positions (within {@code eps} degrees) at the corners and the centre.
   */
  public boolean isCompatibleProduct(Product product, float eps) {
    if (product == null || !getSceneRasterSize().equals(product.getSceneRasterSize())) {
      return false;
    }
    GeoCoding mine = getSceneGeoCoding();
    GeoCoding theirs = product.getSceneGeoCoding();
    if (mine == null || theirs == null || !mine.canGetGeoPos() || !theirs.canGetGeoPos()) {
      return mine == null && theirs == null || mine == theirs;
    }
    double w = getSceneRasterWidth();
    double h = getSceneRasterHeight();
    double[][] probes = {{0.5, 0.5}, {w - 0.5, 0.5}, {0.5, h - 0.5}, {w - 0.5, h - 0.5}, {w / 2, h / 2}};
    for (double[] probe : probes) {
      PixelPos pixel = new PixelPos(probe[0], probe[1]);
      GeoPos a = mine.getGeoPos(pixel, null);
      GeoPos b = theirs.getGeoPos(pixel, null);
      double dLon = Math.abs(a.lon - b.lon) % 360.0;
      if (Math.abs(a.lat - b.lat) > eps || Math.min(dLon, 360.0 - dLon) > eps) {
        return false;
      }
    }
    return true;
  }

  /** The reader that made this product (GPF's for an operator's target), or null (a product built in code). */
  public ProductReader getProductReader() {
    return productReader;
  }

  public void setProductReader(ProductReader reader) {
    this.productReader = reader;
  }

  /** Marks the product modified or, with false, marks it and all its nodes unmodified. */
  @Override
  public void setModified(boolean modified) {
    super.setModified(modified);
    if (!modified) {
      bandGroup.setModified(false);
      for (int i = 0; i < bandGroup.getNodeCount(); i++) {
        bandGroup.get(i).setModified(false);
      }
      maskGroup.setModified(false);
      for (int i = 0; i < maskGroup.getNodeCount(); i++) {
        maskGroup.get(i).setModified(false);
      }
      metadataRoot.setModified(false);
    }
  }
}
