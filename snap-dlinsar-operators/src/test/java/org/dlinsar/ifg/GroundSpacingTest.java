package org.dlinsar.ifg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.dlinsar.imports.GeoTiffGrid;
import org.dlinsar.imports.GridGeoCoding;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;

class GroundSpacingTest {

  @Test
  void aRadarStackTakesSlantRangeOverTheSineOfIncidence() {
    Product p = new Product("radar", "IFG_STACK", 100, 80);
    p.getMetadataRoot().addElement(radarMetadata(0));

    GroundSpacing spacing = GroundSpacing.of(p, new String[1]);

    assertEquals(2.329 / Math.sin(Math.toRadians(39)), spacing.xMetres(), 1e-9);
    assertEquals(13.9, spacing.yMetres(), 1e-9);
  }

  /**
   * With the columns' slant ranges, the incidence at the centre column as the range gives it:
   * Sentinel-1 IW's (Mexico City's GAMMA geometry) 39.70 degrees, not the ends' mean 38.45.
   */
  @Test
  void aRadarStackWithSlantRangesTakesTheCentreColumnsIncidence() {
    int width = IncidenceAcrossSwathTest.WIDTH;
    Product p = new Product("radar", "IFG_STACK", width, 80);
    MetadataElement abs = radarMetadata(0);
    IncidenceAcrossSwathTest.describeSwath(abs);
    p.getMetadataRoot().addElement(abs);

    GroundSpacing ground = GroundSpacing.of(p, new String[1]);

    assertEquals(IncidenceAcrossSwathTest.SPACING / Math.sin(Math.toRadians(39.7032)), ground.xMetres(), 1e-3);
  }

  /**
   * A terrain-corrected lon/lat grid at 45 degrees north, 0.0002 degrees a pixel: WGS84's 78,847 m
   * per degree of longitude and 111,133 m per degree of latitude there (published tables), not
   * the slant spacing its metadata still holds.
   */
  @Test
  void aTerrainCorrectedGridTakesItsGeocoding() {
    Product p = new Product("map", "IFG_STACK", 300, 200);
    p.getMetadataRoot().addElement(radarMetadata(1));
    p.setSceneGeoCoding(new GridGeoCoding(new GeoTiffGrid(300, 200, 10, 45.02, 0.0002, -0.0002)));

    GroundSpacing spacing = GroundSpacing.of(p, new String[1]);

    assertEquals(78847 * 0.0002, spacing.xMetres(), 78847 * 0.0002 * 1e-3);
    assertEquals(111133 * 0.0002, spacing.yMetres(), 111133 * 0.0002 * 1e-3);
  }

  /**
   * A radar-geometry product's elevation lies on its slant-range grid, foreshortened: on a plane of
   * slope s rising away from the satellite (a slope facing it, s > 0) or falling (facing away), the
   * column k images the ground x_k where k dr = x_k (sin i - s cos i), so the heights step by
   * s dr / (sin i - s cos i) a column. {@link GroundSpacing#slopeAlongX} gives s back at every
   * column, where dh over the mean ground step read 30 degrees facing the satellite at 38 degrees
   * of incidence as 66, and 20 degrees facing away as 14. The simulator's products, whose heights lie
   * on a ground-range grid, are taken as they were, and so is a product SNAP resampled to ground
   * range ({@code srgr_flag} 1, its {@code range_spacing} the ground's).
   */
  @Test
  void aRadarStacksElevationIsForeshortenedOnItsSlantRangeGrid() {
    Product p = new Product("radar", "IFG_STACK", 100, 80);
    MetadataElement abs = radarMetadata(0);
    abs.setAttributeDouble("incidence_near", 38);
    abs.setAttributeDouble("incidence_far", 38);
    p.getMetadataRoot().addElement(abs);
    GroundSpacing spacing = GroundSpacing.of(p, new String[1]);
    double i = Math.toRadians(38);
    for (double degrees : new double[] {30, 20, 10, -10, -20, -30}) {
      double s = Math.tan(Math.toRadians(degrees));
      double dhPerColumn = s * 2.329 / (Math.sin(i) - s * Math.cos(i));
      assertEquals(s, spacing.slopeAlongX(dhPerColumn, 50), 1e-12, degrees + " deg");
    }
    double facing30 = Math.tan(Math.toRadians(30)) * 2.329 / (Math.sin(i) - Math.tan(Math.toRadians(30)) * Math.cos(i));
    assertEquals(65.7, Math.toDegrees(Math.atan(facing30 / spacing.xMetres())), 0.05, "as read before");

    abs.setAttributeInt("srgr_flag", 1);
    GroundSpacing groundRange = GroundSpacing.of(p, new String[1]);
    assertNull(groundRange.slantRange(), "SNAP's Slant-Range-to-Ground-Range resampled it");
    assertEquals(2.329, groundRange.xMetres(), 1e-12, "range_spacing is the ground's");

    abs.setAttributeInt("srgr_flag", 0);
    p.getMetadataRoot().addElement(new MetadataElement(GroundSpacing.SIMULATION));
    GroundSpacing simulated = GroundSpacing.of(p, new String[1]);
    assertNull(simulated.slantRange());
    assertEquals(0.3, simulated.slopeAlongX(0.3 * simulated.xMetres(), 50), 1e-12);
  }

  @Test
  void withoutRadarSpacingsOrGeocodingTheMissingPartIsNamed() {
    Product p = new Product("bare", "IFG_STACK", 10, 10);
    String[] missing = new String[1];

    assertNull(GroundSpacing.of(p, missing));

    assertEquals("Abstracted_Metadata (or a geocoding)", missing[0]);
  }

  private static MetadataElement radarMetadata(int terrainCorrected) {
    MetadataElement abs = new MetadataElement("Abstracted_Metadata");
    abs.setAttributeDouble("range_spacing", 2.329);
    abs.setAttributeDouble("azimuth_spacing", 13.9);
    abs.setAttributeDouble("incidence_near", 36);
    abs.setAttributeDouble("incidence_far", 42);
    abs.setAttributeInt("is_terrain_corrected", terrainCorrected);
    return abs;
  }
}
