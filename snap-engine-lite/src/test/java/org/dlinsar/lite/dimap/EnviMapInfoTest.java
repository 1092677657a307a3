package org.dlinsar.lite.dimap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dlinsar.lite.geo.CrsGeoCoding;
import org.dlinsar.lite.geo.WktTexts;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The map lines of a band's ENVI header where the product has a CRS geocoding, as SNAP's
 * EnviHeader.writeMapProjectionInfo (12.x to 14.x) writes them. Expected values worked by hand
 * from SNAP's rule: reference pixel at the centre of (1 + floor(size / pixel size)) pixels, its map
 * coordinates from the envelope's west and north edges, ENVI's pixel 1 at the raster's corner.
 */
class EnviMapInfoTest {

  private static final int W = 64;
  private static final int H = 48;
  /** A power of two, so the hand-worked numbers are exact. */
  private static final double DEG = 1.0 / 1024;

  @TempDir
  Path dir;

  private File written(String wkt, double[] imageToMap) throws IOException {
    Product product = new Product("tc", "TC", W, H);
    float[] samples = new float[W * H];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = i * 0.5f;
    }
    Band band = new Band("Unw_Phase", ProductData.TYPE_FLOAT32, W, H);
    band.setRasterData(ProductData.createInstance(samples));
    band.setUnit("radian");
    product.addBand(band);
    product.setSceneGeoCoding(new CrsGeoCoding(wkt, imageToMap, W, H));
    File dim = dir.resolve("tc.dim").toFile();
    ProductIO.writeProduct(product, dim, "BEAM-DIMAP", false);
    return dim;
  }

  private static List<String> header(File dim) throws IOException {
    return Files.readAllLines(dir(dim).resolve("Unw_Phase.hdr"), StandardCharsets.UTF_8);
  }

  private static Path dir(File dim) {
    return dim.toPath().resolveSibling("tc.data");
  }

  @Test
  void terrainCorrectedWgs84DdIsGeographicLatLonInDegrees() throws IOException {
    List<String> lines = header(written(WktTexts.WGS84_DD, new double[] {DEG, 0, 0, -DEG, 8.0, 46.0}));

    // reference pixel 32.5 + 1 of 65: 8 + 32.5 / 1024, 46 - 24.5 / 1024
    assertEquals(List.of(
        "band names = { Unw_Phase }",
        "map info = {Geographic Lat/Lon,33.5,25.5,8.03173828125,45.97607421875,9.765625E-4,9.765625E-4,WGS84,"
            + "units=Degrees}",
        "coordinate system string = {GEOGCS[\"WGS84(DD)\", DATUM[\"WGS84\", SPHEROID[\"WGS84\", 6378137.0,"
            + " 298.257223563]], PRIMEM[\"Greenwich\", 0.0], UNIT[\"degree\", 0.017453292519943295],"
            + " AXIS[\"Geodetic longitude\", EAST], AXIS[\"Geodetic latitude\", NORTH]]}",
        "data gain values = {1.0}"), lines.subList(10, 14));
  }

  @Test
  void utmGivesZoneAndHemisphereOfTheCentre() throws IOException {
    List<String> lines = header(written(WktTexts.UTM_33N, new double[] {10, 0, 0, -10, 495000, 5000000}));

    assertEquals("map info = {UTM,33.5,25.5,495325.0,4999755.0,10.0,10.0,33,North,WGS_1984,units=Meters}",
        lines.get(11));
    assertEquals("coordinate system string = {" + WktTexts.UTM_33N + "}", lines.get(12));
  }

  @Test
  void utmSouthOfTheEquatorSaysSouth() throws IOException {
    List<String> lines = header(written(WktTexts.UTM_33N, new double[] {10, 0, 0, -10, 495000, -1000}));

    assertTrue(lines.get(11).contains(",33,South,WGS_1984,"), lines.get(11));
  }

  /** SNAP's rule for any other CRS: "Arbitrary" in meters, GDAL reading the CRS from the WKT. */
  @Test
  void anotherCrsIsArbitraryWithItsWkt() throws IOException {
    List<String> lines = header(written(WktTexts.BRITISH_NATIONAL_GRID,
        new double[] {20, 0, 0, -20, 400000, 300000}));

    assertEquals("map info = {Arbitrary,33.5,25.5,400650.0,299510.0,20.0,20.0,OSGB_1936,units=Meters}",
        lines.get(11));
    assertTrue(lines.get(12).startsWith("coordinate system string = {PROJCS[\"OSGB 1936 / British National Grid\","),
        lines.get(12));
  }

  /** SNAP would write the smaller size for both axes and stretch the raster; the grid's own sizes place it. */
  @Test
  void pixelsNotSquareKeepTheirOwnSizes() throws IOException {
    List<String> lines = header(written(WktTexts.WGS84_DD, new double[] {2 * DEG, 0, 0, -DEG, 8.0, 46.0}));

    assertEquals("map info = {Geographic Lat/Lon,33.5,25.5,8.0634765625,45.97607421875,0.001953125,9.765625E-4,"
        + "WGS84,units=Degrees}", lines.get(11));
  }

  @Test
  void aRotatedGridGetsNoMapLines() throws IOException {
    List<String> lines = header(written(WktTexts.WGS84_DD, new double[] {DEG, DEG / 4, 0, -DEG, 8.0, 46.0}));

    assertFalse(String.join("\n", lines).contains("map info"), String.join("\n", lines));
    assertFalse(String.join("\n", lines).contains("coordinate system string"));
  }

  @Test
  void theReaderReadsTheHeaderWithItsMapLines() throws IOException {
    File dim = written(WktTexts.UTM_33N, new double[] {10, 0, 0, -10, 495000, 5000000});

    assertEquals(new EnviHeader(W, H, 4, 1, 0), EnviHeader.read(dir(dim).resolve("Unw_Phase.hdr")));
    Product read = DimapProductReader.read(dim);
    float[] pixels = new float[W * H];
    read.getBand("Unw_Phase").readPixels(0, 0, W, H, pixels);
    assertEquals(17.5f, pixels[35]);
    assertArrayEquals(new double[] {10, 0, 0, -10, 495000, 5000000},
        assertInstanceOf(CrsGeoCoding.class, read.getSceneGeoCoding()).getImageToMap());
  }

  /** Where GDAL is installed: gdalinfo places the band file on the grid, in its CRS. */
  @Test
  void gdalinfoGeoreferencesTheBandFile() throws Exception {
    File dim = written(WktTexts.UTM_33N, new double[] {10, 0, 0, -10, 495000, 5000000});
    String info;
    try {
      Process gdal = new ProcessBuilder("gdalinfo", dir(dim).resolve("Unw_Phase.img").toString())
          .redirectErrorStream(true).start();
      info = new String(gdal.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      Assumptions.assumeTrue(gdal.waitFor(60, TimeUnit.SECONDS) && gdal.exitValue() == 0, "gdalinfo failed");
    } catch (IOException noGdal) {
      Assumptions.abort("no gdalinfo: " + noGdal.getMessage());
      return;
    }
    assertTrue(info.contains("Upper Left  (  495000.000, 5000000.000)"), info);
    assertTrue(info.contains("Lower Right (  495640.000, 4999520.000)"), info);
    assertTrue(info.contains("UTM zone 33N"), info);
  }
}
