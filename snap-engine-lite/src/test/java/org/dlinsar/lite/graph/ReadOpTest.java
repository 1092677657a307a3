package org.dlinsar.lite.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.OperatorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadOpTest {

  private static Product read(Map<String, Object> parameters) {
    return GPF.createProduct("Read", parameters);
  }

  @Test
  void readsEveryBandWithItsPixels(@TempDir File dir) throws Exception {
    File file = TestProducts.write(new File(dir, "in.dim"));

    Product product = read(Map.of("file", file));

    assertArrayEquals(new String[] {"phase", "count"}, product.getBandNames());
    float[] pixels = product.getBand("phase").readPixels(0, 0, TestProducts.WIDTH, TestProducts.HEIGHT,
        new float[TestProducts.WIDTH * TestProducts.HEIGHT]);
    assertArrayEquals(TestProducts.pixels(file, "phase"), pixels, 0f);
    assertEquals(2 + 100 * 3 + 0.25f, pixels[3 * TestProducts.WIDTH + 2], 0f);
    product.dispose();
  }

  @Test
  void keepsOnlySourceBandsGivenAsCommaList(@TempDir File dir) throws Exception {
    File file = TestProducts.write(new File(dir, "in.dim"));

    Product product = read(Map.of("file", file.getPath(), "sourceBands", "count"));

    assertArrayEquals(new String[] {"count"}, product.getBandNames());
    product.dispose();
  }

  @Test
  void rejectsSourceBandTheProductLacksNamingBandAndFile(@TempDir File dir) throws Exception {
    File file = TestProducts.write(new File(dir, "in.dim"));

    OperatorException e = assertThrows(OperatorException.class,
        () -> read(Map.of("file", file, "sourceBands", new String[] {"phase", "coherence"})));

    assertTrue(e.getMessage().contains("'coherence'") && e.getMessage().contains(file.getPath()), e.getMessage());
  }

  @Test
  void dropsMetadataWhenCopyMetadataIsFalse(@TempDir File dir) throws Exception {
    File file = TestProducts.write(new File(dir, "in.dim"));

    Product kept = read(Map.of("file", file));
    Product dropped = read(Map.of("file", file, "copyMetadata", "false"));

    assertNotNull(kept.getMetadataRoot().getElement("Abstracted_Metadata"));
    assertNull(dropped.getMetadataRoot().getElement("Abstracted_Metadata"));
    kept.dispose();
    dropped.dispose();
  }

  @Test
  void reportsMissingFileNamingIt(@TempDir File dir) {
    File missing = new File(dir, "missing.dim");

    OperatorException e = assertThrows(OperatorException.class, () -> read(Map.of("file", missing)));

    assertTrue(e.getMessage().contains(missing.getPath()), e.getMessage());
    assertTrue(e.getMessage().contains("no such file"), e.getMessage());
  }

  @Test
  void reportsFileThatIsNoProductNamingIt(@TempDir File dir) throws Exception {
    File notAProduct = new File(dir, "notes.dim");
    Files.writeString(notAProduct.toPath(), "these are notes, not a product");

    OperatorException e = assertThrows(OperatorException.class, () -> read(Map.of("file", notAProduct)));

    assertTrue(e.getMessage().contains(notAProduct.getPath()), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
  }

  @Test
  void reportsUnsetGraphVariableNamingIt() {
    OperatorException e = assertThrows(OperatorException.class, () -> read(Map.of("file", "${input}")));

    assertTrue(e.getMessage().contains("-Pinput="), e.getMessage());
  }

  @Test
  void requiresTheFileParameter() {
    assertThrows(OperatorException.class, () -> read(new HashMap<>()));
  }

  @Test
  void acceptsGraphBuilderRegionParametersCoveringTheWholeScene(@TempDir File dir) throws Exception {
    File file = TestProducts.write(new File(dir, "in.dim"));
    String whole = "0,0," + TestProducts.WIDTH + "," + TestProducts.HEIGHT;

    Product product = read(Map.of("file", file, "pixelRegion", whole, "geometryRegion", "",
        "useAdvancedOptions", "false", "sourceMasks", ""));

    assertEquals(TestProducts.WIDTH, product.getSceneRasterWidth());
    product.dispose();
  }

  @Test
  void rejectsPixelRegionSubsetNamingParameterAndScene(@TempDir File dir) throws Exception {
    File file = TestProducts.write(new File(dir, "in.dim"));

    OperatorException e = assertThrows(OperatorException.class,
        () -> read(Map.of("file", file, "pixelRegion", "1,1,2,2")));

    assertTrue(e.getMessage().contains("pixelRegion"), e.getMessage());
    assertTrue(e.getMessage().contains("1,1,2,2"), e.getMessage());
  }
}
