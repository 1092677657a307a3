package org.dlinsar.lite.dimap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bc.ceres.core.ProgressMonitor;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.FlagCoding;
import org.esa.snap.core.datamodel.IndexCoding;
import org.esa.snap.core.datamodel.MetadataAttribute;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flag and index codings and the band grouping in DIMAP headers, as SNAP writes and reads them. */
class DimapSampleCodingsTest {

  @TempDir
  Path dir;

  private static Product readC2rccSample() throws IOException {
    return DimapProductReader.read(DimapTestSupport.samplesFolder().resolve("C2RCC_max_flag_test.dim").toFile());
  }

  /** SNAP 8 wrote this sample (snap-engine's snap-geotiff test data): two flag codings, a flag band, a grouping. */
  @Test
  void readsTheCodingsAndGroupingSnapWrote() throws IOException {
    Product product = readC2rccSample();

    assertEquals("iop:conc:rtoa", product.getAutoGrouping().toString());
    assertArrayEquals(new String[] {"quality_flags", "c2rcc_flags"}, product.getFlagCodingGroup().getNodeNames());
    FlagCoding quality = product.getFlagCodingGroup().get("quality_flags");
    assertEquals(Integer.MIN_VALUE, quality.getFlagMask("land"), "Flag_Index -2147483648: bit 31");
    assertEquals(1073741824, quality.getFlagMask("coastline"));
    Band flags = product.getBand("c2rcc_flags");
    assertTrue(flags.isFlagBand());
    assertFalse(flags.isIndexBand());
    assertSame(product.getFlagCodingGroup().get("c2rcc_flags"), flags.getFlagCoding());
    assertEquals(2, flags.getFlagCoding().getFlagMask("Rtosa_OOR"));
    assertTrue(flags.getFlagCoding().getFlag("Rtosa_OOS").getDescription().startsWith("The input spectrum"));
    assertFalse(product.getBand("iop_apig").isFlagBand());
    assertEquals(0, product.getIndexCodingGroup().getNodeCount());
  }

  @Test
  void writesAndReadsBackSnapsCodingsUnchanged() throws IOException {
    Product sample = readC2rccSample();
    File file = dir.resolve("copy.dim").toFile();
    DimapProductWriter.write(sample, file, ProgressMonitor.NULL);

    Product copy = DimapProductReader.read(file);

    assertEquals(sample.getAutoGrouping(), copy.getAutoGrouping());
    for (FlagCoding coding : sample.getFlagCodingGroup().toArray(new FlagCoding[0])) {
      FlagCoding copied = copy.getFlagCodingGroup().get(coding.getName());
      assertArrayEquals(coding.getFlagNames(), copied.getFlagNames(), coding.getName());
      for (String flag : coding.getFlagNames()) {
        assertEquals(coding.getFlagMask(flag), copied.getFlagMask(flag), flag);
        assertEquals(coding.getFlag(flag).getDescription(), copied.getFlag(flag).getDescription(), flag);
      }
    }
    assertEquals("c2rcc_flags", copy.getBand("c2rcc_flags").getFlagCoding().getName());
  }

  @Test
  void roundTripsFlagsOfMaskAndValueAndIndexCodings() throws IOException {
    Product product = new Product("coded", "TEST", 4, 3);
    FlagCoding flags = new FlagCoding("quality");
    flags.addFlag("water", 0x03, 0x01, "open water");
    flags.addFlag("shadow", 0x04, "radar shadow");
    product.getFlagCodingGroup().add(flags);
    IndexCoding classes = new IndexCoding("land_cover");
    classes.addIndex("forest", 3, "closed forest");
    product.getIndexCodingGroup().add(classes);
    Band quality = product.addBand("quality", ProductData.TYPE_UINT8);
    quality.setSampleCoding(flags);
    quality.setRasterData(ProductData.createInstance(ProductData.TYPE_UINT8, 12));
    Band cover = product.addBand("cover", ProductData.TYPE_INT16);
    cover.setSampleCoding(classes);
    cover.setRasterData(ProductData.createInstance(ProductData.TYPE_INT16, 12));
    product.setAutoGrouping("mask_ifg:grad_");
    File file = dir.resolve("coded.dim").toFile();
    DimapProductWriter.write(product, file, ProgressMonitor.NULL);

    String header = Files.readString(file.toPath(), StandardCharsets.ISO_8859_1);
    assertTrue(header.contains("<Flag_Coding name=\"quality\">"), header);
    // SNAP 12's reader parses every flag's Flag_Index (and failed on SNAP 13/14's Flag_Mask alone);
    // 13 and 14 take Flag_Mask where it is present
    assertTrue(Pattern.compile("<Flag_Index>3</Flag_Index>\\s*<Flag_Mask>3</Flag_Mask>\\s*<Flag_Value>1</Flag_Value>")
        .matcher(header).find(), header);
    assertTrue(header.contains("<Flag_Index>4</Flag_Index>"), header);
    assertTrue(header.contains("<INDEX_VALUE>3</INDEX_VALUE>"), header);
    assertTrue(header.contains("<FLAG_CODING_NAME>quality</FLAG_CODING_NAME>"), header);
    assertTrue(header.contains("<INDEX_CODING_NAME>land_cover</INDEX_CODING_NAME>"), header);
    assertTrue(header.contains("<DATASET_AUTO_GROUPING>mask_ifg:grad_</DATASET_AUTO_GROUPING>"), header);
    assertTrue(header.indexOf("<Flag_Coding") < header.indexOf("<Raster_Dimensions>"), "codings before the raster, as SNAP");

    Product read = DimapProductReader.read(file);
    MetadataAttribute water = read.getFlagCodingGroup().get("quality").getFlag("water");
    assertArrayEquals(new int[] {3, 1}, (int[]) water.getData().getElems());
    assertEquals("open water", water.getDescription());
    assertEquals(4, read.getBand("quality").getFlagCoding().getFlagMask("shadow"));
    assertEquals(3, read.getBand("cover").getIndexCoding().getIndexValue("forest"));
    read.dispose();

    // as SNAP 13 and 14 write it, without Flag_Index; and a Flag_Mask without Flag_Value, one value
    Files.writeString(file.toPath(), header.replace("<Flag_Index>3</Flag_Index>", "")
        .replace("<Flag_Index>4</Flag_Index>", "<Flag_Mask>4</Flag_Mask>"), StandardCharsets.ISO_8859_1);
    Product snap14 = DimapProductReader.read(file);
    FlagCoding snap14Flags = snap14.getFlagCodingGroup().get("quality");
    assertArrayEquals(new int[] {3, 1}, (int[]) snap14Flags.getFlag("water").getData().getElems());
    assertEquals(1, snap14Flags.getFlag("shadow").getData().getNumElems());
    assertEquals(4, snap14Flags.getFlagMask("shadow"));
    snap14.dispose();
    read = DimapProductReader.read(file);
    assertEquals("closed forest", read.getIndexCodingGroup().get("land_cover").getIndex("forest").getDescription());
    assertEquals(0, read.getAutoGrouping().indexOf("mask_ifg_20200101_20200113"));
    assertEquals(1, read.getAutoGrouping().indexOf("grad_az"));
  }

  @Test
  void aBandNamingACodingTheHeaderLacksIsOneClearError() throws IOException {
    Path file = writeOneFlagBand(ProductData.TYPE_UINT8);
    Files.writeString(file, Files.readString(file, StandardCharsets.ISO_8859_1)
        .replace("<FLAG_CODING_NAME>quality</FLAG_CODING_NAME>", "<FLAG_CODING_NAME>missing</FLAG_CODING_NAME>"),
        StandardCharsets.ISO_8859_1);

    IOException e = assertThrows(IOException.class, () -> DimapProductReader.read(file.toFile()));
    assertTrue(e.getMessage().contains("band 'quality'") && e.getMessage().contains("'missing'")
        && e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void aCodingOnFloatSamplesIsOneClearError() throws IOException {
    // int32 and float32 samples take the same bytes: only the declared types change
    Path file = writeOneFlagBand(ProductData.TYPE_INT32);
    Files.writeString(file, Files.readString(file, StandardCharsets.ISO_8859_1)
        .replace("<DATA_TYPE>int32</DATA_TYPE>", "<DATA_TYPE>float32</DATA_TYPE>"), StandardCharsets.ISO_8859_1);
    Path hdr = dir.resolve("flags.data/quality.hdr");
    Files.writeString(hdr, Files.readString(hdr).replace("data type = 3", "data type = 4"));

    IOException e = assertThrows(IOException.class, () -> DimapProductReader.read(file.toFile()));
    assertTrue(e.getMessage().contains("band 'quality'") && e.getMessage().contains("integer"), e.getMessage());
  }

  @Test
  void aProductWithoutCodingsWritesNone() throws IOException {
    Product product = new Product("plain", "TEST", 2, 2);
    product.addBand("coh", ProductData.TYPE_FLOAT32).setRasterData(ProductData.createInstance(new float[4]));
    File file = dir.resolve("plain.dim").toFile();
    DimapProductWriter.write(product, file, ProgressMonitor.NULL);

    String header = Files.readString(file.toPath(), StandardCharsets.ISO_8859_1);
    assertFalse(header.contains("Coding"), header);
    assertNull(DimapProductReader.read(file).getAutoGrouping());
  }

  private Path writeOneFlagBand(int dataType) throws IOException {
    Product product = new Product("flags", "TEST", 2, 2);
    FlagCoding flags = new FlagCoding("quality");
    flags.addFlag("water", 1, null);
    product.getFlagCodingGroup().add(flags);
    Band band = product.addBand("quality", dataType);
    band.setSampleCoding(flags);
    band.setRasterData(ProductData.createInstance(dataType, 4));
    Path file = dir.resolve("flags.dim");
    DimapProductWriter.write(product, file.toFile(), ProgressMonitor.NULL);
    return file;
  }
}
