package org.dlinsar.lite.dimap;

import java.io.File;
import java.io.IOException;
import java.text.ParseException;
import org.dlinsar.lite.image.RasterImage;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a BEAM-DIMAP product as SNAP 12-14 writes it (DIMAP 2.12.1 and 2.13.0 headers).
 *
 * <p>The product gets its name, type, size, description, start/stop times and quicklook band
 * from the header; its bands from {@code Spectral_Band_Info} (virtual bands keep their
 * expression); its tie-point grids and their {@code TiePointGeoCoding} from
 * {@code Tie_Point_Grids} and {@code Geoposition}; its metadata tree from
 * {@code Dataset_Sources}. Pixels stay on disk: each non-virtual band reads its {@code .img}
 * through a {@link DimapBandImage} when asked. Masks, flag and index codings, band statistics,
 * vector data and CRS geocodings are skipped, since the stand-in cannot represent them.
 */
public final class DimapProductReader {

  private static final String ROOT_TAG = "Dimap_Document";

  private DimapProductReader() {
  }

  /**
   * Reads the product whose header is {@code dimFile}. Every band file is checked here (present,
   * and of the size the header and its ENVI header state); pixels are read later, on request.
   *
   * @return the product; its file location is {@code dimFile} and its preferred tile size the
   *     default tile grid
   * @throws IOException with a one-line message naming the file if the header is missing, not
   *     well-formed, declares a DOCTYPE, or is not a DIMAP document; or if a band or tie-point
   *     file is missing, truncated or disagrees with its header (expected and found size)
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
    DimapBandReader bands = new DimapBandReader(root, dimFile, product);
    bands.addBands(root);
    DimapTiePointGrids.read(root, dimFile, product);
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
    product.setPreferredTileSize(RasterImage.tileSize(null, width, height));
    String comments = DimapXml.childText(DimapXml.child(root, "Dataset_Use"), "DATASET_COMMENTS");
    if (comments != null && !comments.isEmpty()) {
      product.setDescription(comments);
    }
    product.setStartTime(utc(production, "PRODUCT_SCENE_RASTER_START_TIME", dimFile));
    product.setEndTime(utc(production, "PRODUCT_SCENE_RASTER_STOP_TIME", dimFile));
    String quicklook = DimapXml.childText(production, "QUICKLOOK_BAND_NAME");
    if (quicklook != null && !quicklook.isEmpty()) {
      product.setQuicklookBandName(quicklook);
    }
    return product;
  }

  private static ProductData.UTC utc(Element production, String tag, File dimFile) throws IOException {
    String text = DimapXml.childText(production, tag);
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return ProductData.UTC.parse(text);
    } catch (ParseException e) {
      throw new IOException(tag + " of " + dimFile + " is '" + text + "', expected UTC as dd-MMM-yyyy HH:mm:ss.SSSSSS",
          e);
    }
  }
}
