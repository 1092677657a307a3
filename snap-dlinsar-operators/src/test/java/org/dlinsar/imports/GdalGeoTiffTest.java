package org.dlinsar.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twelvemonkeys.imageio.metadata.CompoundDirectory;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.Rectangle;
import java.awt.image.DataBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GeoTIFFs written by GDAL itself in the creation options real producers use (predictor 2 and 3,
 * tiles, BigTIFF, pixel-is-point), read with the values GDAL reads. The fixtures and how they were
 * made: src/test/resources/org/dlinsar/imports/gdal/make-fixtures.py.
 */
class GdalGeoTiffTest {

  private static final int W = 40;
  private static final int H = 24;
  private static final double STEP = 0.001;

  @TempDir
  Path dir;

  /** The fixtures' phase: ((7 x + 13 y) mod 97) / 16 - 3, exact in float32. */
  private static float phase(int x, int y) {
    return (float) (((7 * x + 13 * y) % 97) / 16.0 - 3);
  }

  private static float coherence(int x, int y) {
    return (3 * x + 5 * y) % 256;
  }

  @ParameterizedTest
  @ValueSource(strings = {"phase-deflate-predictor3.tif", "phase-lzw-predictor2.tif",
      "phase-tiled16-deflate-predictor3.tif", "phase-bigtiff-deflate-point.tif"})
  void readsGdalsFloatPhaseWithItsValuesAndGrid(String name) throws IOException {
    Path file = fixture(name);
    GeoTiffRaster.Header header = GeoTiffRaster.header(file);
    assertEquals(DataBuffer.TYPE_FLOAT, header.dataType(), name);
    assertEquals(1, header.bands());
    // pixel-is-point or -area, GDAL's geotransform puts pixel (0, 0)'s centre here
    assertEquals(-99.25 + STEP / 2, header.grid().longitude(0.5), 1e-12, name);
    assertEquals(19.5 - STEP / 2, header.grid().latitude(0.5), 1e-12, name);
    assertEquals(W, header.grid().width());
    assertEquals(H, header.grid().height());
    // the whole file, and a rectangle inside that crosses strips or tiles without their edges
    for (Rectangle box : new Rectangle[] {new Rectangle(0, 0, W, H), new Rectangle(11, 5, 20, 13)}) {
      float[] samples = GeoTiffRaster.read(file, box);
      for (int y = 0; y < box.height; y++) {
        for (int x = 0; x < box.width; x++) {
          assertEquals(phase(box.x + x, box.y + y), samples[y * box.width + x],
              name + " at (" + (box.x + x) + ", " + (box.y + y) + ")");
        }
      }
    }
  }

  @Test
  void readsGdalsTiledByteCoherenceWithAHorizontalPredictor() throws IOException {
    Path file = fixture("coherence-tiled16-deflate-predictor2.tif");
    assertEquals(DataBuffer.TYPE_BYTE, GeoTiffRaster.header(file).dataType());
    Rectangle box = new Rectangle(3, 9, 30, 14);
    float[] samples = GeoTiffRaster.read(file, box);
    for (int y = 0; y < box.height; y++) {
      for (int x = 0; x < box.width; x++) {
        assertEquals(coherence(box.x + x, box.y + y), samples[y * box.width + x]);
      }
    }
  }

  @Test
  void aLicsarFrameOfGdalsFilesImportsWithTheirValues() throws IOException {
    pair("20200101_20200113", "phase-deflate-predictor3.tif");
    pair("20200113_20200125", "phase-tiled16-deflate-predictor3.tif");
    Product stack = ImportedStackOp.of(LicsarFrame.scan(dir, 0), "frame");
    float[] re = stack.getBand("i_ifg_13Jan2020_25Jan2020").readPixels(0, 0, W, H, new float[W * H]);
    float[] im = stack.getBand("q_ifg_13Jan2020_25Jan2020").readPixels(0, 0, W, H, new float[W * H]);
    float[] coh = stack.getBand("coh_01Jan2020_13Jan2020").readPixels(0, 0, W, H, new float[W * H]);
    for (int k = 0; k < W * H; k++) {
      assertEquals(Math.cos(phase(k % W, k / W)), re[k], 1e-6);
      assertEquals(Math.sin(phase(k % W, k / W)), im[k], 1e-6);
      assertEquals(coherence(k % W, k / W) / 255, coh[k], 1e-6);
    }
  }

  @Test
  void float64PhaseAsGdalWritesItImportsAsFloat32Would() throws IOException {
    pair("20200101_20200113", "phase-float64-deflate-predictor3.tif");
    Product stack = ImportedStackOp.of(LicsarFrame.scan(dir, 0), "frame");
    float[] re = stack.getBand("i_ifg_01Jan2020_13Jan2020").readPixels(0, 0, W, H, new float[W * H]);
    float[] im = stack.getBand("q_ifg_01Jan2020_13Jan2020").readPixels(0, 0, W, H, new float[W * H]);
    for (int k = 0; k < W * H; k++) {
      assertEquals(Math.cos(phase(k % W, k / W)), re[k], 1e-6);
      assertEquals(Math.sin(phase(k % W, k / W)), im[k], 1e-6);
    }
  }

  @Test
  void aCompressionNoJavaPluginReadsIsOneLineNamingTheFileAndTheRewrite() throws IOException {
    Path file = fixture("phase-zstd.tif");
    String message = assertThrows(IOException.class, () -> GeoTiffRaster.header(file)).getMessage();
    assertTrue(message.startsWith(file + ": compressed with ZSTD (TIFF compression 50000)"), message);
    assertTrue(message.contains("gdal_translate -co COMPRESS=DEFLATE -co PREDICTOR=3"), message);
    assertFalse(message.contains("\n"), message);
  }

  @Test
  void aHeaderDeclaringFarMoreSamplesThanItsDataHoldsIsRefusedBeforeDecoding() throws IOException {
    // GDAL's file with ImageWidth and ImageLength rewritten to 2e9: the reader would allocate by them
    Path file = fixture("phase-deflate-predictor3.tif");
    ByteBuffer tiff = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    int ifd = tiff.getInt(4);
    for (int k = 0; k < tiff.getShort(ifd); k++) {
      int entry = ifd + 2 + 12 * k;
      if (tiff.getShort(entry) == 256 || tiff.getShort(entry) == 257) {
        tiff.putShort(entry + 2, (short) 4).putInt(entry + 4, 1).putInt(entry + 8, 2_000_000_000);
      }
    }
    Path hostile = dir.resolve("hostile.tif");
    Files.write(hostile, tiff.array());

    String message = assertThrows(IOException.class, () -> GeoTiffRaster.header(hostile)).getMessage();

    assertTrue(message.startsWith(hostile + ": its TIFF tags declare 2000000000 x 2000000000 pixels of 4"
        + " bytes (1.60e+19 bytes) in "), message);
    assertTrue(message.contains("more than " + GeoTiffRaster.MAX_EXPANSION + " times"), message);
    assertFalse(message.contains("\n"), message);
  }

  @Test
  void aRowLargerThanAnEighthOfTheHeapIsOneLineNamingTheHeap() throws IOException {
    Path file = fixture("phase-deflate-predictor3.tif");
    Directory tags;
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      tags = new TIFFReader().read(in);
    }
    Directory image = tags instanceof CompoundDirectory images ? images.getDirectory(0) : tags;
    // a row is 40 float32 samples, 160 bytes: fine in a heap of 1280 bytes, not of 1279
    GeoTiffRaster.checkDeclaredSize(file, image, 8 * 160);
    String message = assertThrows(IOException.class,
        () -> GeoTiffRaster.checkDeclaredSize(file, image, 8 * 160 - 1)).getMessage();
    assertTrue(message.startsWith(file + ": its TIFF tags declare 40 x 24 pixels of 4 bytes, whose rows"),
        message);
    assertTrue(message.contains("JAVA_OPTS=-Xmx"), message);
  }

  private void pair(String name, String phaseFixture) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    Files.copy(fixture(phaseFixture), folder.resolve(name + ".geo.diff_pha.tif"));
    Files.copy(fixture("coherence-tiled16-deflate-predictor2.tif"), folder.resolve(name + ".geo.cc.tif"));
  }

  /**
   * An empty or cut-off TIFF said "not a readable TIFF: null" (0 or 2 bytes) or "...: Index 0 out
   * of bounds for length 0" (8 or 100 bytes: the header points past the end), the plug-in's words.
   */
  @ParameterizedTest
  @ValueSource(ints = {0, 2, 8, 100})
  void anEmptyOrCutOffTiffIsSaidToBeSo(int bytes) throws IOException {
    Path whole = fixture("phase-lzw-predictor2.tif");
    Path cut = dir.resolve("cut-" + bytes + ".tif");
    Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(whole), bytes));

    IOException e = assertThrows(IOException.class, () -> GeoTiffRaster.header(cut));

    assertEquals(cut + ": not a readable TIFF: it ends after " + bytes + " bytes, before its header and image"
        + " tags do (an empty or cut-off file)", e.getMessage());
  }

  /**
   * A file cut off inside its image data, after its header and first strip, read its header and
   * first row and failed only when the cut rows were read, mid-stack, after other pairs were read
   * and written: its strips' or tiles' ends are checked against the file's size up front.
   */
  @ParameterizedTest
  @ValueSource(strings = {"phase-lzw-predictor2.tif", "phase-tiled16-deflate-predictor3.tif",
      "phase-bigtiff-deflate-point.tif"})
  void aTiffCutOffInsideItsImageDataIsNamedByItsHeader(String name) throws IOException {
    byte[] whole = Files.readAllBytes(fixture(name));
    Path cut = dir.resolve("cut-" + name);
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 100));

    IOException e = assertThrows(IOException.class, () -> GeoTiffRaster.header(cut));

    assertTrue(e.getMessage().startsWith(cut + ": cut off: its strips or tiles end at byte "), e.getMessage());
    assertTrue(e.getMessage().endsWith(" but the file ends after " + (whole.length - 100) + " bytes;"
        + " copy or download it again"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  private Path fixture(String name) throws IOException {
    Path file = dir.resolve("fixture-" + name);
    if (!Files.exists(file)) {
      try (InputStream in = GdalGeoTiffTest.class.getResourceAsStream("gdal/" + name)) {
        Files.copy(in, file);
      }
    }
    return file;
  }
}
