package org.esa.snap.core.dataio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bc.ceres.core.ProgressMonitor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductIOTest {

  @TempDir
  Path dir;

  private static Product smallProduct() {
    Product product = new Product("small", "TEST", 4, 3);
    Band band = product.addBand("values", ProductData.TYPE_INT16);
    band.setRasterData(ProductData.createInstance(new short[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
    return product;
  }

  @Test
  void writesAndReadsBeamDimapThroughEveryOverload() throws IOException {
    ProductIO.writeProduct(smallProduct(), dir.resolve("a").toString(), ProductIO.DEFAULT_FORMAT_NAME);
    ProductIO.writeProduct(smallProduct(), dir.resolve("b.dim").toString(), "BEAM-DIMAP", ProgressMonitor.NULL);
    ProductIO.writeProduct(smallProduct(), dir.resolve("c.dim").toFile(), "BEAM-DIMAP", false);
    ProductIO.writeProduct(smallProduct(), dir.resolve("d.dim").toFile(), "BEAM-DIMAP", true, ProgressMonitor.NULL);

    for (String name : new String[] {"a", "b", "c", "d"}) {
      Product read = name.equals("a")
          ? ProductIO.readProduct(dir.resolve(name + ".dim").toString())
          : ProductIO.readProduct(dir.resolve(name + ".dim").toFile());
      // SNAP's writer names the product after its file
      assertEquals(name, read.getName(), name);
      ProductData data = ProductData.createInstance(new short[12]);
      read.getBand("values").readRasterData(0, 0, 4, 3, data);
      assertArrayEquals(new short[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, (short[]) data.getElems(), name);
    }
    assertEquals("a", ProductIO.readProduct(dir.resolve("a.dim").toFile(), "BEAM-DIMAP").getName());
  }

  @Test
  void returnsNullForAFileThatIsNoBeamDimapProduct() throws IOException {
    Path tiff = dir.resolve("scene.tif");
    Files.write(tiff, new byte[] {'I', 'I', 42, 0});
    ProductIO.writeProduct(smallProduct(), dir.resolve("small.dim").toFile(), "BEAM-DIMAP", false);

    assertNull(ProductIO.readProduct(tiff.toFile()));
    assertNull(ProductIO.readProduct(dir.resolve("small.data").toFile()), "a folder is no product");
    assertNull(ProductIO.readProduct(dir.resolve("small.dim").toFile(), "GeoTIFF"), "no reader of that format");
  }

  @Test
  void rejectsAMissingFileNamingIt() {
    File missing = dir.resolve("missing.dim").toFile();

    IOException thrown = assertThrows(IOException.class, () -> ProductIO.readProduct(missing));

    assertTrue(thrown.getMessage().contains(missing.getPath()), thrown.getMessage());
  }

  @Test
  void rejectsABrokenDimapHeaderNamingIt() throws IOException {
    Path dim = dir.resolve("broken.dim");
    Files.writeString(dim, "<?xml version=\"1.0\"?>\n<Dimap_Document name=\"broken.dim\">\n  <Dataset_Id>");

    IOException thrown = assertThrows(IOException.class, () -> ProductIO.readProduct(dim.toFile()));

    assertTrue(thrown.getMessage().contains(dim.toString()), thrown.getMessage());
  }

  @Test
  void rejectsAnotherWriteFormatNamingIt() {
    File target = dir.resolve("small.tif").toFile();

    IOException thrown = assertThrows(IOException.class,
        () -> ProductIO.writeProduct(smallProduct(), target, "GeoTIFF", false));

    assertTrue(thrown.getMessage().contains("GeoTIFF"), thrown.getMessage());
    assertFalse(target.exists());
    assertEquals(0, dir.toFile().list().length);
  }
}
