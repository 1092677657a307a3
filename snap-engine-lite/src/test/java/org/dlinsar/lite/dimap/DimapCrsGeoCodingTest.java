package org.dlinsar.lite.dimap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dlinsar.lite.geo.CrsGeoCoding;
import org.dlinsar.lite.geo.TiePointGrid;
import org.dlinsar.lite.geo.WktTexts;
import org.dlinsar.lite.graph.TestProducts;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.GeoPos;
import org.esa.snap.core.datamodel.PixelPos;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A map geocoding as SNAP's DIMAP writer stores a CrsGeoCoding (DimapHeaderWriter, 14.x). */
class DimapCrsGeoCodingTest {

  @TempDir
  Path dir;
  private int products;

  /** A product of TestProducts whose header gets SNAP's CRS block in place of its own geocoding. */
  private File withCrsBlock(String wkt, String transform) throws IOException {
    File file = TestProducts.write(dir.resolve("crs" + products++ + ".dim").toFile());
    String header = Files.readString(file.toPath());
    String block = "    <Coordinate_Reference_System>\n        <WKT>\n" + wkt.replace("&", "&amp;")
        + "\n        </WKT>\n    </Coordinate_Reference_System>\n    <Geoposition>\n"
        + "        <IMAGE_TO_MODEL_TRANSFORM>" + transform + "</IMAGE_TO_MODEL_TRANSFORM>\n    </Geoposition>\n";
    int at = header.indexOf("    <Raster_Dimensions>");
    Files.writeString(file.toPath(), header.substring(0, at) + block + header.substring(at));
    return file;
  }

  @Test
  void readsTheWktAndTransformSnapWritesForATerrainCorrectedProduct() throws IOException {
    Product product = DimapProductReader.read(withCrsBlock(WktTexts.WGS84_DD, "1.5E-4,0.0,0.0,-1.5E-4,8.08,46.47"));
    CrsGeoCoding coding = assertInstanceOf(CrsGeoCoding.class, product.getSceneGeoCoding());
    GeoPos corner = coding.getGeoPos(new PixelPos(156, 111), null);
    assertEquals(8.08 + 156 * 1.5e-4, corner.lon, 1e-12);
    assertEquals(46.47 - 111 * 1.5e-4, corner.lat, 1e-12);
  }

  @Test
  void writesTheGeocodingBackAsSnapReadsIt() throws IOException {
    Product product = DimapProductReader.read(withCrsBlock(WktTexts.UTM_33N,
        "10.0,0.0,0.0,-10.0,495000.0,5000000.0"));
    File copy = dir.resolve("copy.dim").toFile();
    ProductIO.writeProduct(product, copy, "BEAM-DIMAP", false);
    String header = Files.readString(copy.toPath());
    assertTrue(header.contains("<IMAGE_TO_MODEL_TRANSFORM>10.0,0.0,0.0,-10.0,495000.0,5000000.0</IMAGE_TO_MODEL_TRANSFORM>"),
        header);
    assertTrue(header.contains("<WKT>PROJCS[\"WGS 84 / UTM zone 33N\""), header);
    CrsGeoCoding read = assertInstanceOf(CrsGeoCoding.class, DimapProductReader.read(copy).getSceneGeoCoding());
    CrsGeoCoding written = (CrsGeoCoding) product.getSceneGeoCoding();
    assertArrayEquals(written.getImageToMap(), read.getImageToMap());
    PixelPos p = new PixelPos(20.5, 7.5);
    assertEquals(written.getGeoPos(p, null).lat, read.getGeoPos(p, null).lat, 1e-12);
    assertEquals(written.getGeoPos(p, null).lon, read.getGeoPos(p, null).lon, 1e-12);
  }

  /**
   * A map grid with tie-point grids beside it (an imported lon/lat stack: SNAP's GeoTIFF reader's
   * CRS geocoding and the contract's latitude and longitude grids) is written as SNAP writes a
   * product with both:
   * the CRS block, the grids in Tie_Point_Grids and their files, no Geoposition_Points; the band
   * files get the map lines, the grids' files (at tie-point spacing) none. It reads back the same.
   * Before, the writer wrote grids only for a tie-point geocoding and the reader left them out.
   */
  @Test
  void aMapGridsTiePointGridsAreWrittenAndReadBackBesideIt() throws IOException {
    Product product = ProductIO.readProduct(TestProducts.write(dir.resolve("plain.dim").toFile()));
    float[] lat = {50f, 50f, 49.75f, 49.75f};
    float[] lon = {10f, 14f, 10f, 14f};
    product.setSceneGeoCoding(new CrsGeoCoding(WktTexts.WGS84_DD, new double[] {0.5, 0, 0, -0.25, 9.75, 50.125},
        product.getSceneRasterWidth(), product.getSceneRasterHeight()).withTiePointGrids(List.of(
        new TiePointGrid("latitude", "deg", "latitude", 2, 2, 0.5, 0.5, 8, 1, lat, false),
        new TiePointGrid("longitude", "deg", "longitude", 2, 2, 0.5, 0.5, 8, 1, lon, true))));
    File copy = dir.resolve("copy.dim").toFile();

    ProductIO.writeProduct(product, copy, "BEAM-DIMAP", false);

    String header = Files.readString(copy.toPath());
    assertTrue(header.contains("<NUM_TIE_POINT_GRIDS>2</NUM_TIE_POINT_GRIDS>"), header);
    assertTrue(header.contains("<IMAGE_TO_MODEL_TRANSFORM>0.5,0.0,0.0,-0.25,9.75,50.125</IMAGE_TO_MODEL_TRANSFORM>"),
        header);
    assertFalse(header.contains("Geoposition_Points"), header);
    Path data = TestProducts.dataFolder(copy).toPath();
    assertTrue(Files.readString(data.resolve("phase.hdr")).contains(
        "map info = {Geographic Lat/Lon,"), Files.readString(data.resolve("phase.hdr")));
    assertFalse(Files.readString(data.resolve("tie_point_grids/latitude.hdr")).contains("map info"));
    Product read = DimapProductReader.read(copy);
    CrsGeoCoding coding = assertInstanceOf(CrsGeoCoding.class, read.getSceneGeoCoding());
    assertArrayEquals(new double[] {0.5, 0, 0, -0.25, 9.75, 50.125}, coding.getImageToMap());
    assertArrayEquals(new String[] {"latitude", "longitude"}, read.getTiePointGridNames());
    assertArrayEquals(lat, coding.getTiePointGrids().get(0).getTiePoints());
    assertArrayEquals(lon, coding.getTiePointGrids().get(1).getTiePoints());
    assertEquals(8, coding.getTiePointGrids().get(1).getSubSamplingX());
    assertTrue(coding.getTiePointGrids().get(1).isCyclic());
  }

  @Test
  void keepsACrsItCannotReadAndWritesItBackUnchanged() throws IOException {
    String local = "LOCAL_CS[\"site grid\", LOCAL_DATUM[\"site\", 0], UNIT[\"m\", 1.0], AXIS[\"x\", EAST],"
        + " AXIS[\"y\", NORTH]]";
    Product product = DimapProductReader.read(withCrsBlock(local, "1.0,0.0,0.0,-1.0,0.0,0.0"));
    CrsGeoCoding coding = assertInstanceOf(CrsGeoCoding.class, product.getSceneGeoCoding());
    assertFalse(coding.canGetGeoPos());
    File copy = dir.resolve("copy.dim").toFile();
    ProductIO.writeProduct(product, copy, "BEAM-DIMAP", false);
    assertEquals(local, ((CrsGeoCoding) DimapProductReader.read(copy).getSceneGeoCoding()).getWkt());
  }

  @Test
  void refusesATransformOfOtherThanSixNumbersNamingTheFile() throws IOException {
    for (String transform : new String[] {"1.0,0.0,0.0,-1.0,0.0", "1.0,0.0,0.0,-1.0,0.0,north", "0,0,0,0,0,0"}) {
      File file = withCrsBlock(WktTexts.WGS84_DD, transform);
      IOException e = assertThrows(IOException.class, () -> DimapProductReader.read(file), transform);
      assertTrue(e.getMessage().contains("IMAGE_TO_MODEL_TRANSFORM") && e.getMessage().contains(file.toString()),
          e.getMessage());
    }
  }
}
