package org.dlinsar.lite.dimap;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;
import org.dlinsar.lite.geo.CrsGeoCoding;
import org.dlinsar.lite.geo.TiePointGrids;
import org.esa.snap.core.datamodel.Product;
import org.w3c.dom.Element;

/**
 * Reads and writes a product's map geocoding as SNAP's DIMAP writer stores a {@code CrsGeoCoding}:
 * {@code Coordinate_Reference_System/WKT} and {@code Geoposition/IMAGE_TO_MODEL_TRANSFORM} (the six
 * values of {@code AffineTransform.getMatrix}, comma-separated). As in SNAP's reader, the first
 * {@code Coordinate_Reference_System} pairs with the first {@code Geoposition}, and a WKT there wins
 * over tie-point grids, which stay in the product as grids.
 */
final class DimapCrsGeoCoding {

  private static final Logger LOG = Logger.getLogger(DimapCrsGeoCoding.class.getName());
  private static final String CRS = "Coordinate_Reference_System";
  private static final String GEOPOSITION = "Geoposition";
  private static final String WKT = "WKT";
  private static final String TRANSFORM = "IMAGE_TO_MODEL_TRANSFORM";

  private DimapCrsGeoCoding() {
  }

  /**
   * Sets a {@link CrsGeoCoding} as the product's scene geocoding (modified) when the header holds
   * a WKT and its transform, carrying the tie-point grids read before; warns when it cannot
   * locate pixels.
   *
   * @throws IOException naming the file when the transform is not six numbers or not invertible
   */
  static void read(Element root, File dimFile, Product product) throws IOException {
    List<Element> systems = DimapXml.children(root, CRS);
    List<Element> geopositions = DimapXml.children(root, GEOPOSITION);
    if (systems.isEmpty() || geopositions.isEmpty()) {
      return;
    }
    String wkt = DimapXml.childText(systems.get(0), WKT);
    String transform = DimapXml.childText(geopositions.get(0), TRANSFORM);
    if (wkt == null || wkt.isEmpty() || transform == null) {
      return;
    }
    String where = GEOPOSITION + "/" + TRANSFORM + " of " + dimFile;
    String[] parts = transform.split(",");
    if (parts.length != 6) {
      throw new IOException(where + " holds " + parts.length + " values ('" + transform + "'), expected 6");
    }
    double[] matrix = new double[6];
    for (int i = 0; i < 6; i++) {
      try {
        matrix[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IOException(where + " holds '" + parts[i].trim() + "', which is no number");
      }
    }
    CrsGeoCoding coding;
    try {
      coding = new CrsGeoCoding(wkt, matrix, product.getSceneRasterWidth(), product.getSceneRasterHeight());
    } catch (IllegalArgumentException e) {
      throw new IOException(where + ": " + e.getMessage(), e);
    }
    if (coding.getProblem() != null) {
      LOG.warning(dimFile + ": its map CRS cannot be read (" + coding.getProblem()
          + "); pixels have no longitude and latitude here, and the CRS is written back as it is");
    }
    // SNAP keeps the grids as nodes beside the map geocoding; here the geocoding carries them
    product.setSceneGeoCoding(coding.withTiePointGrids(TiePointGrids.of(product.getSceneGeoCoding())));
  }

  /** Prints the WKT and the transform when the product's scene geocoding is a {@link CrsGeoCoding}. */
  static void write(XmlPrinter xml, int level, Product product) throws IOException {
    if (!(product.getSceneGeoCoding() instanceof CrsGeoCoding coding)) {
      return;
    }
    xml.open(level, CRS);
    xml.leaf(level + 1, WKT, coding.getWkt());
    xml.close(level, CRS);
    xml.open(level, GEOPOSITION);
    StringBuilder values = new StringBuilder();
    for (double v : coding.getImageToMap()) {
      values.append(values.length() == 0 ? "" : ",").append(v);
    }
    xml.leaf(level + 1, TRANSFORM, values.toString());
    xml.close(level, GEOPOSITION);
  }
}
