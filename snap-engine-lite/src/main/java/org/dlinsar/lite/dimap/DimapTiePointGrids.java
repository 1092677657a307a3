package org.dlinsar.lite.dimap;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dlinsar.lite.geo.TiePointGeoCoding;
import org.dlinsar.lite.geo.TiePointGrid;
import org.dlinsar.lite.geo.TiePointGrids;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.w3c.dom.Element;

/**
 * Reads and writes a product's tie-point grids ({@code Tie_Point_Grids}, float32 ENVI pairs in
 * {@code <name>.data/tie_point_grids/}) and the tie-point geocoding named in
 * {@code Geoposition/Geoposition_Points}. In the headless engine the grids live in the product's
 * scene geocoding, an {@link TiePointGeoCoding}, or beside a map grid's {@code CrsGeoCoding}
 * ({@link DimapCrsGeoCoding} reads it after them and takes them over): every grid is written,
 * whatever the geocoding, as SNAP writes its grid nodes.
 */
final class DimapTiePointGrids {

  /** The grids SNAP's reader takes for a geocoding when the header names none. */
  private static final String LATITUDE = "latitude";
  private static final String LONGITUDE = "longitude";

  /** The folder of tie-point grid files inside the data folder. */
  static final String FOLDER = "tie_point_grids";

  private DimapTiePointGrids() {
  }

  /** The product's tie-point grids, of its scene geocoding or beside it. */
  static List<TiePointGrid> grids(Product product) {
    return TiePointGrids.of(product.getSceneGeoCoding());
  }

  /**
   * Reads the grids of the header and, when there are any, sets a {@link TiePointGeoCoding}
   * holding them as the product's scene geocoding (modified), with the latitude and longitude
   * grids of the first {@code Geoposition_Points}.
   *
   * @throws IOException naming the grid and the file if a grid file is missing, truncated or
   *     disagrees with its header, or a grid's description is incomplete
   */
  static void read(Element root, File dimFile, Product product) throws IOException {
    Map<Integer, String> hrefs = new HashMap<>();
    for (Element file : DimapXml.children(DimapXml.child(root, "Data_Access"), "Tie_Point_Grid_File")) {
      int index = DimapXml.childInt(file, "TIE_POINT_GRID_INDEX", null, "a Tie_Point_Grid_File of " + dimFile);
      Element path = DimapXml.child(file, "TIE_POINT_GRID_FILE_PATH");
      if (path != null && !path.getAttribute("href").isEmpty()) {
        hrefs.put(index, path.getAttribute("href"));
      }
    }
    List<TiePointGrid> grids = new ArrayList<>();
    for (Element info : DimapXml.children(DimapXml.child(root, "Tie_Point_Grids"), "Tie_Point_Grid_Info")) {
      grids.add(readGrid(info, hrefs, dimFile));
    }
    if (grids.isEmpty()) {
      return;
    }
    String latName = null;
    String lonName = null;
    for (Element geoposition : DimapXml.children(root, "Geoposition")) {
      Element points = DimapXml.child(geoposition, "Geoposition_Points");
      if (points != null) {
        latName = DimapXml.childText(points, "TIE_POINT_GRID_NAME_LAT");
        lonName = DimapXml.childText(points, "TIE_POINT_GRID_NAME_LON");
        break;
      }
    }
    if (latName == null && lonName == null && named(grids, LATITUDE) && named(grids, LONGITUDE)) {
      // as SNAP's reader falls back (a ComponentGeoCoding of the Envisat reader, which this engine
      // does not decode, over grids named so)
      latName = LATITUDE;
      lonName = LONGITUDE;
    }
    try {
      product.setSceneGeoCoding(new TiePointGeoCoding(grids, latName, lonName, product.getSceneRasterWidth(),
          product.getSceneRasterHeight()));
    } catch (IllegalArgumentException e) {
      throw new IOException("tie-point grids of " + dimFile + " do not form a geocoding: " + e.getMessage(), e);
    }
  }

  private static boolean named(List<TiePointGrid> grids, String name) {
    return grids.stream().anyMatch(grid -> grid.getName().equals(name));
  }

  private static TiePointGrid readGrid(Element info, Map<Integer, String> hrefs, File dimFile) throws IOException {
    String name = DimapXml.childText(info, "TIE_POINT_GRID_NAME");
    if (name == null || name.isEmpty()) {
      throw new IOException("a Tie_Point_Grid_Info of " + dimFile + " has no TIE_POINT_GRID_NAME");
    }
    String where = "tie-point grid '" + name + "' of " + dimFile;
    int index = DimapXml.childInt(info, "TIE_POINT_GRID_INDEX", null, where);
    int width = DimapXml.childInt(info, "NCOLS", null, where);
    int height = DimapXml.childInt(info, "NROWS", null, where);
    String typeName = DimapXml.childText(info, "DATA_TYPE");
    if (typeName != null && !typeName.isEmpty() && !ProductData.TYPESTRING_FLOAT32.equals(typeName)) {
      throw new IOException(where + " has DATA_TYPE '" + typeName + "', expected float32");
    }
    String href = hrefs.get(index);
    if (href == null) {
      throw new IOException(where + " (TIE_POINT_GRID_INDEX " + index + ") has no Tie_Point_Grid_File in Data_Access");
    }
    Path img = DimapDataFiles.checkedImage(DimapDataFiles.resolve(dimFile, href), where, ProductData.TYPE_FLOAT32,
        width, height);
    float[] values = new float[width * height];
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(img);
    } catch (IOException e) {
      throw FileErrors.cannot("read", img, e);
    }
    BigEndianSamples.decode(ByteBuffer.wrap(bytes), values, 0, values.length);
    String unit = DimapXml.childText(info, "PHYSICAL_UNIT");
    String description = DimapXml.childText(info, "TIE_POINT_DESCRIPTION");
    try {
      return new TiePointGrid(name, emptyToNull(unit), emptyToNull(description), width, height,
          DimapXml.childDouble(info, "OFFSET_X", 0.0, where), DimapXml.childDouble(info, "OFFSET_Y", 0.0, where),
          DimapXml.childDouble(info, "STEP_X", 1.0, where), DimapXml.childDouble(info, "STEP_Y", 1.0, where),
          values, discontinuity(info, where));
    } catch (IllegalArgumentException e) {
      throw new IOException(where + " is invalid: " + e.getMessage(), e);
    }
  }

  /**
   * As SNAP's reader (DimapProductHelpers.java 14.x, lines 1484-1494; DimapProductReader.java
   * 338-339): a grid not CYCLIC has none; a CYCLIC one has its {@code discontinuity} attribute,
   * else (products before BEAM 2.13) the discontinuity of its values.
   */
  private static int discontinuity(Element info, String where) throws IOException {
    if (!DimapXml.childBoolean(info, "CYCLIC")) {
      return TiePointGrid.DISCONT_NONE;
    }
    String value = DimapXml.child(info, "CYCLIC").getAttribute("discontinuity").trim();
    if (value.isEmpty()) {
      return TiePointGrid.DISCONT_AUTO;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IOException("CYCLIC of " + where + " has discontinuity '" + value + "', expected 180 or 360", e);
    }
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  /**
   * Prints SNAP's datum block ({@code Coordinate_Reference_System}, WGS-84) and
   * {@code Geoposition/Geoposition_Points} when the product has a tie-point geocoding with
   * latitude and longitude grids.
   */
  static void writeGeoposition(XmlPrinter xml, int level, Product product) throws IOException {
    if (!(product.getSceneGeoCoding() instanceof TiePointGeoCoding)) {
      return;
    }
    TiePointGeoCoding geoCoding = (TiePointGeoCoding) product.getSceneGeoCoding();
    if (geoCoding.getLatGridName() == null || geoCoding.getLonGridName() == null) {
      return;
    }
    xml.open(level, "Coordinate_Reference_System");
    xml.open(level + 1, "Horizontal_CS");
    xml.leaf(level + 2, "HORIZONTAL_CS_TYPE", "GEOGRAPHIC");
    xml.open(level + 2, "Geographic_CS");
    xml.open(level + 3, "Horizontal_Datum");
    xml.leaf(level + 4, "HORIZONTAL_DATUM_NAME", "WGS-84");
    xml.open(level + 4, "Ellipsoid");
    xml.leaf(level + 5, "ELLIPSOID_NAME", "WGS-84");
    xml.open(level + 5, "Ellipsoid_Parameters");
    xml.leaf(level + 6, "ELLIPSOID_MAJ_AXIS", "6378137.0", "unit", "M");
    xml.leaf(level + 6, "ELLIPSOID_MIN_AXIS", "6356752.3", "unit", "M");
    xml.close(level + 5, "Ellipsoid_Parameters");
    xml.close(level + 4, "Ellipsoid");
    xml.close(level + 3, "Horizontal_Datum");
    xml.close(level + 2, "Geographic_CS");
    xml.close(level + 1, "Horizontal_CS");
    xml.close(level, "Coordinate_Reference_System");
    xml.open(level, "Geoposition");
    xml.open(level + 1, "Geoposition_Points");
    xml.leaf(level + 2, "TIE_POINT_GRID_NAME_LAT", geoCoding.getLatGridName());
    xml.leaf(level + 2, "TIE_POINT_GRID_NAME_LON", geoCoding.getLonGridName());
    xml.close(level + 1, "Geoposition_Points");
    xml.close(level, "Geoposition");
  }

  /** Prints one {@code Tie_Point_Grid_File} per grid, for {@code Data_Access}. */
  static void writeFileEntries(XmlPrinter xml, int level, Product product, String dataDirName) throws IOException {
    List<TiePointGrid> grids = grids(product);
    for (int i = 0; i < grids.size(); i++) {
      xml.open(level, "Tie_Point_Grid_File");
      xml.leaf(level + 1, "TIE_POINT_GRID_FILE_PATH", null,
          "href", dataDirName + "/" + FOLDER + "/" + grids.get(i).getName() + EnviHeader.HEADER_EXTENSION);
      xml.leaf(level + 1, "TIE_POINT_GRID_INDEX", i);
      xml.close(level, "Tie_Point_Grid_File");
    }
  }

  /** Prints {@code Tie_Point_Grids} with one {@code Tie_Point_Grid_Info} per grid, if there are grids. */
  static void writeGridInfos(XmlPrinter xml, int level, Product product) throws IOException {
    List<TiePointGrid> grids = grids(product);
    if (grids.isEmpty()) {
      return;
    }
    xml.open(level, "Tie_Point_Grids");
    xml.leaf(level + 1, "NUM_TIE_POINT_GRIDS", grids.size());
    for (int i = 0; i < grids.size(); i++) {
      TiePointGrid grid = grids.get(i);
      xml.open(level + 1, "Tie_Point_Grid_Info");
      xml.leaf(level + 2, "TIE_POINT_GRID_INDEX", i);
      xml.leaf(level + 2, "TIE_POINT_DESCRIPTION", grid.getDescription());
      xml.leaf(level + 2, "PHYSICAL_UNIT", grid.getUnit());
      xml.leaf(level + 2, "TIE_POINT_GRID_NAME", grid.getName());
      xml.leaf(level + 2, "DATA_TYPE", ProductData.TYPESTRING_FLOAT32);
      xml.leaf(level + 2, "NCOLS", grid.getGridWidth());
      xml.leaf(level + 2, "NROWS", grid.getGridHeight());
      xml.leaf(level + 2, "OFFSET_X", grid.getOffsetX());
      xml.leaf(level + 2, "OFFSET_Y", grid.getOffsetY());
      xml.leaf(level + 2, "STEP_X", grid.getSubSamplingX());
      xml.leaf(level + 2, "STEP_Y", grid.getSubSamplingY());
      // SNAP's writer: CYCLIC with the discontinuity, 0 for a grid of values (DimapHeaderWriter.java 14.x, 421-424)
      xml.leaf(level + 2, "CYCLIC", grid.isCyclic(), "discontinuity", String.valueOf(grid.getDiscontinuity()));
      xml.close(level + 1, "Tie_Point_Grid_Info");
    }
    xml.close(level, "Tie_Point_Grids");
  }

  /** Writes {@code tie_point_grids/<name>.hdr|.img} (float32, big-endian) for every grid into {@code dataFolder}. */
  static void writeGridFiles(Product product, Path dataFolder) throws IOException {
    List<TiePointGrid> grids = grids(product);
    if (grids.isEmpty()) {
      return;
    }
    Path folder = dataFolder.resolve(FOLDER);
    try {
      Files.createDirectory(folder);
    } catch (IOException e) {
      throw FileErrors.cannot("write", folder, e);
    }
    for (TiePointGrid grid : grids) {
      float[] values = grid.getTiePoints();
      ByteBuffer bytes = ByteBuffer.allocate(values.length * 4);
      BigEndianSamples.encode(values, 0, values.length, bytes);
      Path img = folder.resolve(grid.getName() + EnviHeader.IMAGE_EXTENSION);
      try {
        Files.write(img, bytes.array(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (IOException e) {
        throw FileErrors.cannot("write", img, e);
      }
      EnviHeader.write(folder.resolve(grid.getName() + EnviHeader.HEADER_EXTENSION), grid.getName(),
          EnviHeader.description(grid.getDescription(), product.getDescription()), grid.getUnit(),
          ProductData.TYPE_FLOAT32, grid.getGridWidth(), grid.getGridHeight(),
          0f, 1.0, 0.0);
    }
  }
}
