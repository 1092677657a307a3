package org.dlinsar.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dlinsar.ifg.RadarWavelength;
import org.dlinsar.ifg.StackFixtures;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.SimulatedProducts;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sentinel-1's radar frequency is taken in three places: the simulator's stacks, GeoTIFF imports
 * whose files give no wavelength, and products without {@code radar_frequency}. They once
 * disagreed (5405.0 against 5405.000454334349 MHz, 8.4e-8 apart in every velocity); all three must
 * read as Sentinel-1's annotated wavelength, 0.05546576 m.
 */
class Sentinel1WavelengthTest {

  private static final int W = 19;
  private static final int H = 11;

  @TempDir
  Path dir;

  @Test
  void aSimulatedStackAnUntaggedImportAndAProductWithoutFrequencyHaveOneWavelength() throws IOException {
    Path tifs = dir.resolve("tifs");
    Files.createDirectories(tifs);
    GeoTiffFiles.write(tifs.resolve("a_20180106-20180130_unw.tif"), W, H, new float[W * H], -99.3, 19.6,
        0.0013889, false, "PackBits");
    Product imported = writtenAndRead(ImportedStackOp.of(PlainGeoTiffs.scan(tifs, 0), "imported"));
    Product simulated = writtenAndRead(SimulatedProducts.stack(ScenePresets.mining(7).withSize(64, 64), "simulated"));
    double assumed = RadarWavelength.metres(StackFixtures.product("none", 2, 2));

    assertEquals(0.05546576, assumed, 1e-15);
    assertEquals(assumed, RadarWavelength.metres(imported));
    assertEquals(assumed, RadarWavelength.metres(simulated));
  }

  private Product writtenAndRead(Product product) throws IOException {
    Path file = dir.resolve(product.getName() + ".dim");
    ProductIO.writeProduct(product, file.toFile(), "BEAM-DIMAP", false);
    return ProductIO.readProduct(file.toFile());
  }
}
