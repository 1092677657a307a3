package org.dlinsar.lite.dimap;

import java.io.File;
import java.io.IOException;
import java.text.ParseException;
import java.util.logging.Logger;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a BEAM-DIMAP product as SNAP 12-14 writes it (DIMAP 2.12.1 and 2.13.0 headers).
 *
 * <p>The product gets its name, type, size, description, start/stop times and quicklook band
 * and band grouping from the header; its flag and index codings ({@link DimapSampleCodings}); its
 * bands from {@code Spectral_Band_Info} (virtual bands keep their expression, flag and index
 * bands their coding); its tie-point grids and their {@code TiePointGeoCoding} from
 * {@code Tie_Point_Grids} and {@code Geoposition}, or its map geocoding
 * ({@link DimapCrsGeoCoding}); its band-maths and range masks from {@code Masks}
 * ({@link DimapMasks}); its metadata tree from {@code Dataset_Sources}. Pixels stay on disk: each
 * non-virtual band reads its {@code .img} through a {@link DimapBandImage} when asked. Band
 * statistics and vector data (and its masks) are skipped, since the stand-in cannot represent
 * them.
 */
public final class DimapProductReader {

  private static final Logger LOG = Logger.getLogger(DimapProductReader.class.getName());

  private static final String ROOT_TAG = "Dimap_Document";

  private DimapProductReader() {
  }

  /**
   * Reads the product whose header is {@code dimFile}. Every band file is checked here (present,
   * and of the size the header and its ENVI header state); pixels are read later, on request.
   *
   * @return the product; its file location is {@code dimFile} and its preferred tile size the
   *     default tile grid
   * @throws IOException with a one-line message naming the file if the header is missing, a
   *     directory, not well-formed, declares a DOCTYPE, or is not a DIMAP document; if its
   *     NCOLS x NROWS is not the extent of its largest band; or if a band or tie-point file is
   *     missing, truncated or disagrees with the header (both values)
   */
  public static Product read(File dimFile) throws IOException {
    FileErrors.requireFile(dimFile.toPath(), "BEAM-DIMAP header");
    Document document = DimapXml.parse(dimFile);
    Element root = document.getDocumentElement();
    if (!ROOT_TAG.equals(root.getNodeName())) {
      throw new IOException("not a BEAM-DIMAP header: " + dimFile + " has root element <" + root.getNodeName()
          + ">, expected <" + ROOT_TAG + ">");
    }
    Product product = createProduct(root, dimFile);
    DimapSampleCodings.read(root, dimFile, product);
    DimapBandReader bands = new DimapBandReader(root, dimFile, product);
    bands.addBands(root);
    checkSceneSizeMatchesBands(product, dimFile);
    DimapTiePointGrids.read(root, dimFile, product);
    DimapCrsGeoCoding.read(root, dimFile, product);
    DimapMasks.read(root, dimFile, product);
    Element sources = DimapXml.child(root, "Dataset_Sources");
    Element metadataRoot = DimapXml.child(sources, DimapMetadata.TAG_ELEMENT);
    if (metadataRoot != null) {
      // the root's own name is ignored, as SNAP does: the product's root is always "metadata"
      DimapMetadata.read(metadataRoot, product.getMetadataRoot(), product.getMetadataRoot().getName());
    }
    product.setModified(false);
    return product;
  }

  private static Product createProduct(Element root, File dimFile) throws IOException {
    String where = "Raster_Dimensions of " + dimFile;
    Element dimensions = DimapXml.child(root, "Raster_Dimensions");
    if (dimensions == null) {
      throw new IOException(dimFile + " has no Raster_Dimensions");
    }
    int width = DimapXml.childInt(dimensions, "NCOLS", null, where);
    int height = DimapXml.childInt(dimensions, "NROWS", null, where);
    if (width < 1 || height < 1) {
      throw new IOException(where + " gives a raster of " + width + " x " + height + ", expected a positive size");
    }
    Element datasetId = DimapXml.child(root, "Dataset_Id");
    String name = DimapXml.childText(datasetId, "DATASET_NAME");
    if (name == null || name.isEmpty()) {
      name = dimFile.getName().replaceFirst("(?i)\\.dim$", "");
    }
    Element production = DimapXml.child(root, "Production");
    String type = DimapXml.childText(production, "PRODUCT_TYPE");
    Product product = new Product(name, type == null ? "" : type, width, height);
    product.setFileLocation(dimFile);
    // No preferred tile size, as SNAP's DIMAP reader: images and operators then choose SNAP's own.
    Element use = DimapXml.child(root, "Dataset_Use");
    String comments = DimapXml.childText(use, "DATASET_COMMENTS");
    if (comments != null && !comments.isEmpty()) {
      product.setDescription(comments);
    }
    String grouping = DimapXml.childText(use, "DATASET_AUTO_GROUPING");
    if (grouping != null && !grouping.isEmpty()) {
      product.setAutoGrouping(grouping);
    }
    product.setStartTime(utc(production, "PRODUCT_SCENE_RASTER_START_TIME", dimFile));
    product.setEndTime(utc(production, "PRODUCT_SCENE_RASTER_STOP_TIME", dimFile));
    String quicklook = DimapXml.childText(production, "QUICKLOOK_BAND_NAME");
    if (quicklook != null && !quicklook.isEmpty()) {
      product.setQuicklookBandName(quicklook);
    }
    return product;
  }

  /**
   * NCOLS and NROWS must be the extent of the largest band: a scene larger than all its bands
   * (or smaller than one) would be computed and written with columns or rows no band file holds.
   */
  private static void checkSceneSizeMatchesBands(Product product, File dimFile) throws IOException {
    Band widest = null;
    Band tallest = null;
    for (Band band : product.getBands()) {
      if (widest == null || band.getRasterWidth() > widest.getRasterWidth()) {
        widest = band;
      }
      if (tallest == null || band.getRasterHeight() > tallest.getRasterHeight()) {
        tallest = band;
      }
    }
    if (widest == null) {
      return;
    }
    checkSceneExtent(dimFile, "NCOLS", product.getSceneRasterWidth(), "widest", widest, widest.getRasterWidth(),
        "columns");
    checkSceneExtent(dimFile, "NROWS", product.getSceneRasterHeight(), "tallest", tallest,
        tallest.getRasterHeight(), "rows");
  }

  private static void checkSceneExtent(File dimFile, String tag, int scene, String superlative, Band band,
      int extent, String unit) throws IOException {
    if (scene != extent) {
      throw new IOException("Raster_Dimensions of " + dimFile + " gives " + tag + " = " + scene + ", but the "
          + superlative + " band, '" + band.getName() + "', has " + extent + " " + unit + "; " + tag
          + " must be the " + superlative + " band's");
    }
  }

  private static ProductData.UTC utc(Element production, String tag, File dimFile) {
    String text = DimapXml.childText(production, tag);
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return ProductData.UTC.parse(text);
    } catch (ParseException e) {
      // SNAP's reader opens the product without the time it cannot parse; so does this one, saying so
      LOG.warning(tag + " of " + dimFile + " is left out: '" + text + "' is no UTC time (dd-MMM-yyyy HH:mm:ss.SSSSSS)");
      return null;
    }
  }
}
