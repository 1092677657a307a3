package org.dlinsar.lite.dimap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Mask;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Masks in BEAM-DIMAP, against a header SNAP wrote (the MERIS sample's nine flag masks) and
 * against SNAP's layout for masks the engine writes (snap-engine 14.x {@code MaskPersistable}).
 */
class DimapMasksTest {

  private static final String MERIS = "subset_0_of_MER_FR__1PNEPA20060730_093924_000000982049_00480_23079_0746";

  @TempDir
  Path dir;

  private static Product meris() throws IOException {
    return DimapProductReader.read(DimapTestSupport.samplesFolder().resolve(MERIS + ".dim").toFile());
  }

  @Test
  void readsTheMasksSnapWroteWithTheirSettings() throws IOException {
    Product product = meris();

    assertEquals(9, product.getMaskGroup().getNodeCount());
    Mask land = product.getMaskGroup().get("land");
    assertSame(Mask.BandMathsType.INSTANCE, land.getImageType());
    assertEquals("l1_flags.LAND_OCEAN", Mask.BandMathsType.getExpression(land));
    assertEquals("Pixel is over land, not ocean", land.getDescription());
    assertEquals(new Color(51, 153, 0, 255), land.getImageColor());
    assertEquals(0.75, land.getImageTransparency());
    assertEquals(76, land.getRasterWidth());
    assertEquals(61, land.getRasterHeight());
    assertSame(land, product.getRasterDataNode("land"), "a mask is a raster of its product, as in SNAP");
  }

  @Test
  void aFlagMaskIs255WhereTheFlagBitIsSetInTheBandFile() throws IOException {
    Product product = meris();
    Band flags = product.getBand("l1_flags");
    ProductData raw = flags.createCompatibleRasterData(76, 61);
    flags.readRasterData(0, 0, 76, 61, raw);
    Mask land = product.getMaskGroup().get("land");
    Mask water = product.getMaskGroup().get("water");
    ProductData landPixels = land.createCompatibleRasterData(76, 61);
    ProductData waterPixels = water.createCompatibleRasterData(76, 61);

    land.readRasterData(0, 0, 76, 61, landPixels);
    water.readRasterData(0, 0, 76, 61, waterPixels);

    int landCount = 0;
    for (int i = 0; i < 76 * 61; i++) {
      boolean isLand = (raw.getElemIntAt(i) & 16) != 0;
      landCount += isLand ? 1 : 0;
      assertEquals(isLand ? 255 : 0, landPixels.getElemIntAt(i), "land at " + i);
      assertEquals(isLand ? 0 : 255, waterPixels.getElemIntAt(i), "water ('NOT l1_flags.LAND_OCEAN') at " + i);
    }
    assertTrue(landCount > 0 && landCount < 76 * 61, "the sample has land and water: " + landCount);
  }

  @Test
  void writesMasksAsSnapDoesAndReadsThemBack() throws IOException {
    Product product = new Product("masked", "TEST", 8, 4);
    Band coherence = product.addBand("coh", ProductData.TYPE_FLOAT32);
    float[] values = new float[32];
    for (int i = 0; i < values.length; i++) {
      values[i] = i / 32f;
    }
    coherence.setRasterData(ProductData.createInstance(values));
    product.addMask("low_coherence", "coh < 0.25", "Coherence below 0.25", new Color(10, 20, 30, 255), 0.4);
    Mask range = new Mask("mid_coherence", 8, 4, Mask.RangeType.INSTANCE);
    Mask.RangeType.setRasterName(range, "coh");
    Mask.RangeType.setMinimum(range, 0.25);
    Mask.RangeType.setMaximum(range, 0.5);
    product.addMask(range);
    File file = dir.resolve("masked.dim").toFile();

    DimapProductWriter.write(product, file, ProgressMonitor.NULL);

    String header = Files.readString(file.toPath(), StandardCharsets.ISO_8859_1);
    assertTrue(header.contains("""
            <Mask type="Maths">
                <NAME value="low_coherence" />
                <MASK_RASTER_WIDTH value="8" />
                <MASK_RASTER_HEIGHT value="4" />
                <DESCRIPTION value="Coherence below 0.25" />
                <COLOR red="10" green="20" blue="30" alpha="255" />
                <TRANSPARENCY value="0.4" />
                <EXPRESSION value="coh &lt; 0.25" />
            </Mask>
    """), header);
    assertTrue(header.contains("""
                <MINIMUM value="0.25" />
                <MAXIMUM value="0.5" />
                <RASTER value="coh" />
    """), header);
    assertTrue(header.indexOf("<Masks>") > header.indexOf("</Data_Access>")
        && header.indexOf("<Masks>") < header.indexOf("<Image_Interpretation>"), "SNAP's element order");
    assertArrayEquals(new String[] {"coh.hdr", "coh.img"}, dir.resolve("masked.data").toFile().list((d, n) -> true),
        "masks have no band files");

    Product read = DimapProductReader.read(file);
    Mask readRange = read.getMaskGroup().get("mid_coherence");
    assertEquals(0.25, Mask.RangeType.getMinimum(readRange));
    assertEquals("coh", Mask.RangeType.getRasterName(readRange));
    ProductData low = read.getMaskGroup().get("low_coherence").createCompatibleRasterData(8, 4);
    ProductData mid = readRange.createCompatibleRasterData(8, 4);
    read.getMaskGroup().get("low_coherence").readRasterData(0, 0, 8, 4, low);
    readRange.readRasterData(0, 0, 8, 4, mid);
    for (int i = 0; i < 32; i++) {
      assertEquals(values[i] < 0.25 ? 255 : 0, low.getElemIntAt(i), "low at " + i);
      assertEquals(values[i] >= 0.25 && values[i] <= 0.5 ? 255 : 0, mid.getElemIntAt(i), "mid at " + i);
    }
  }

  @Test
  void aMaskWithoutExpressionIsRefusedNamingItAndTheFile() throws IOException {
    Path dim = dir.resolve("broken.dim");
    Product product = new Product("broken", "TEST", 4, 4);
    product.addBand("coh", ProductData.TYPE_FLOAT32).setRasterData(ProductData.createInstance(new float[16]));
    product.addMask("low", "coh < 0.3", null, Color.RED, 0.5);
    DimapProductWriter.write(product, dim.toFile(), ProgressMonitor.NULL);
    String header = Files.readString(dim, StandardCharsets.ISO_8859_1);
    Files.writeString(dim, header.replace("<EXPRESSION value=\"coh &lt; 0.3\" />", ""), StandardCharsets.ISO_8859_1);

    IOException e = assertThrows(IOException.class, () -> DimapProductReader.read(dim.toFile()));

    assertEquals("mask 'low' of " + dim + " has no EXPRESSION value", e.getMessage());
  }

  @Test
  void aMaskNamingABandTheProductLacksFailsWhenReadNamingTheMaskAndTheBand() throws IOException {
    Product product = new Product("p", "TEST", 4, 4);
    Mask mask = Mask.BandMathsType.create("low", null, 4, 4, "coh < 0.3", Color.RED, 0.5);
    product.addMask(mask);

    IOException e = assertThrows(IOException.class,
        () -> mask.readRasterData(0, 0, 4, 4, mask.createCompatibleRasterData(4, 4)));

    assertTrue(e.getMessage().startsWith("mask 'low' (expression 'coh < 0.3'): unknown symbol 'coh'"), e.getMessage());
    assertNull(product.getBand("low"), "a mask is no band of the product");
  }
}
