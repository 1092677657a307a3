package org.dlinsar.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bc.ceres.core.ProgressMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.esa.snap.core.dataio.DecodeQualification;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader plug-ins as SNAP uses them: {@code ProductIO.readProduct} finds the plug-in through
 * {@code META-INF/services} for a GAMMA folder, its {@code .par}, a LiCSAR frame or one of its
 * pair files, and the product equals what {@code bin/dlinsar import} builds from the same files.
 */
class InterferogramFolderReaderTest {

  private static final int W = 6;
  private static final int H = 4;

  @TempDir
  Path dir;

  /**
   * A file named bare, as gpt's Read gives it when run inside the folder, lies in the working
   * folder: its parent was null, so no reader of these layouts opened it.
   */
  @Test
  void aBareFileNameLiesInTheWorkingFolder() {
    Path here = Path.of("").toAbsolutePath();
    assertEquals(here, InterferogramFolder.GAMMA.folder(Path.of("20180106.mli.par")));
    // a LiCSAR pair's file lies in its pair's folder, inside the frame's
    assertEquals(here.getParent(), InterferogramFolder.LICSAR.folder(Path.of("20180106_20180130.geo.diff_pha.tif")));
  }

  @Test
  void aGammaFolderOrItsParReadsAsTheImportedStack() throws IOException {
    Path par = gammaFolder(dir);

    Product fromFolder = ProductIO.readProduct(dir.toFile());
    Product fromPar = ProductIO.readProduct(par.toFile());

    Product imported = ImportedStackOp.of(GammaStack.scan(dir, GammaPar.read(par), 0), "imported");
    for (Product read : new Product[] {fromFolder, fromPar}) {
      assertNotNull(read);
      assertEquals(dir.getFileName().toString(), read.getName());
      assertArrayEquals(imported.getBandNames(), read.getBandNames());
      for (String band : imported.getBandNames()) {
        assertArrayEquals(pixels(imported, band), pixels(read, band), band);
      }
      assertInstanceOf(InterferogramFolderReader.class, read.getProductReader());
      assertEquals(5405.0, read.getMetadataRoot().getElement("Abstracted_Metadata")
          .getAttributeDouble("radar_frequency"), 1e-9);
    }
  }

  @Test
  void theReaderReadsBandRasterDataAsTheBandDoes() throws IOException {
    Path par = gammaFolder(dir);
    Product product = ProductIO.readProduct(par.toFile());
    ProductData data = ProductData.createInstance(ProductData.TYPE_FLOAT32, 3 * 2);

    product.getProductReader().readBandRasterData(product.getBand("q_ifg_01Jan2020_13Jan2020"),
        2, 1, 3, 2, data, ProgressMonitor.NULL);

    float[] whole = pixels(product, "q_ifg_01Jan2020_13Jan2020");
    float[] expected = new float[6];
    for (int y = 0; y < 2; y++) {
      System.arraycopy(whole, (1 + y) * W + 2, expected, 3 * y, 3);
    }
    assertArrayEquals(expected, (float[]) data.getElems());
  }

  /** Disposing the product frees the operator that computes its bands (and its cached tiles). */
  @Test
  void disposingTheProductDisposesWhatComputesItsBands() throws IOException {
    Product product = ProductIO.readProduct(gammaFolder(dir).toFile());
    java.awt.image.RenderedImage q = org.dlinsar.lite.image.SourceImages.rasterImageOf(product.getBand("q_ifg_01Jan2020_13Jan2020"));
    q.getData();
    product.dispose();
    RuntimeException e = assertThrows(RuntimeException.class, q::getData);
    boolean named = false;
    for (Throwable t = e; t != null; t = t.getCause()) {
      named |= String.valueOf(t.getMessage()).contains("was disposed");
    }
    assertTrue(named, String.valueOf(e));
  }

  @Test
  void eachLayoutIsClaimedByItsOwnPlugInOnly() throws IOException {
    Path gamma = Files.createDirectories(dir.resolve("gamma"));
    Path par = gammaFolder(gamma);
    Path frame = Files.createDirectories(dir.resolve("frame"));
    Path pairFile = licsarPair(frame);

    var licsar = new InterferogramFolderReaderPlugIn.Licsar();
    var gammaPlugIn = new InterferogramFolderReaderPlugIn.Gamma();
    var geotiffs = new InterferogramFolderReaderPlugIn.GeoTiffPairs();
    assertEquals(DecodeQualification.INTENDED, licsar.getDecodeQualification(frame.toFile()));
    assertEquals(DecodeQualification.INTENDED, licsar.getDecodeQualification(pairFile.toString()));
    assertEquals(DecodeQualification.UNABLE, licsar.getDecodeQualification(gamma));
    assertEquals(DecodeQualification.INTENDED, gammaPlugIn.getDecodeQualification(gamma));
    assertEquals(DecodeQualification.INTENDED, gammaPlugIn.getDecodeQualification(par));
    assertEquals(DecodeQualification.UNABLE, gammaPlugIn.getDecodeQualification(frame));
    assertEquals(DecodeQualification.UNABLE, geotiffs.getDecodeQualification(frame));
    assertEquals(DecodeQualification.UNABLE, licsar.getDecodeQualification(dir.resolve("missing")));
    assertEquals(DecodeQualification.UNABLE, licsar.getDecodeQualification(42));
    assertArrayEquals(new String[] {"DL-InSAR-GAMMA"}, gammaPlugIn.getFormatNames());
    assertTrue(gammaPlugIn.getProductFileFilter().accept(par.toFile()));
  }

  @Test
  void aLicsarFrameReadsFromItsFolderOrAPairFile() throws IOException {
    Path pairFile = licsarPair(dir);

    Product fromFolder = ProductIO.readProduct(dir.toFile());
    Product fromPair = ProductIO.readProduct(pairFile.toFile());

    Product imported = ImportedStackOp.of(LicsarFrame.scan(dir, 0), "imported");
    for (Product read : new Product[] {fromFolder, fromPair}) {
      assertNotNull(read);
      assertArrayEquals(imported.getBandNames(), read.getBandNames());
      for (String band : imported.getBandNames()) {
        assertArrayEquals(pixels(imported, band), pixels(read, band), band);
      }
    }
  }

  @Test
  void aLicsarFrameGetsItsGridFromTheHeadlessGeoCoderWhereSnapHasNoGeoTiffReader() throws IOException {
    Path frame = Files.createDirectories(dir.resolve("frame_geocoded"));
    licsarPair(frame);

    ProductIO.readProduct(frame.toFile());

    GeoTiffGrid grid = RecordingGridGeoCoder.GRIDS.get("frame_geocoded");
    assertNotNull(grid, "the headless GridGeoCoder was not asked");
    assertEquals(W, grid.width());
    assertEquals(10.0005, grid.longitude(0.5), 1e-9);
  }

  /**
   * A geocoded GAMMA folder: its DEM parameter file ({@code _dem.par}, as PyRate names it) is not
   * the {@code .par} the reader opens the folder with, and gives the headless geocoder its grid.
   */
  @Test
  void aGeocodedGammaFolderGetsTheGridOfItsDemPar() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("gamma_geocoded"));
    gammaFolder(folder);
    GammaFiles.writeDemPar(folder.resolve("20200101_utm_dem.par"), "EQA", W, H, -34.17, 150.91,
        -1e-3, 1e-3);

    ProductIO.readProduct(folder.toFile());

    GeoTiffGrid grid = RecordingGridGeoCoder.GRIDS.get("gamma_geocoded");
    assertNotNull(grid, "the headless GridGeoCoder was not asked");
    assertEquals(150.91, grid.longitude(0.5), 1e-12);
    assertEquals(-34.17, grid.latitude(0.5), 1e-12);
  }

  @Test
  void aFolderOfNoKnownLayoutHasNoReader() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "not an interferogram");

    assertNull(ProductIO.readProduct(dir.toFile()));
  }

  @Test
  void aBrokenGammaFileIsNamedInOneLine() throws IOException {
    Path par = gammaFolder(dir);
    Path diff = dir.resolve("20200113_20200125.diff");
    byte[] bytes = Files.readAllBytes(diff);
    Files.write(diff, Arrays.copyOf(bytes, bytes.length - 8));

    IOException e = assertThrows(IOException.class, () -> ProductIO.readProduct(par.toFile()));

    assertTrue(e.getMessage().contains(diff.toString()), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
  }

  /**
   * A real GAMMA folder holds a .par per date and baseline .par files: the folder given to a Read
   * node is claimed and asks for the .par to open, rather than no reader opening it.
   */
  @Test
  void aGammaFolderOfSeveralParFilesAsksWhichToOpen() throws IOException {
    gammaFolder(dir);
    GammaFiles.writePar(dir.resolve("20200113.rmli.par"), W, H, 5.405e9);
    Files.writeString(dir.resolve("20200101_20200113_base.par"), "initial_baseline(TCN): 0 1 2 m\n");

    IOException e = assertThrows(IOException.class, () -> ProductIO.readProduct(dir.toFile()));

    assertEquals(dir + ": 3 .par files; open the one that gives the interferograms' width and"
        + " radar frequency (their MLI's .par) instead of the folder", e.getMessage());
    assertEquals(DecodeQualification.INTENDED,
        new InterferogramFolderReaderPlugIn.Gamma().getDecodeQualification(dir));
  }

  /**
   * A stack whose .par files lie in a headers/ folder beside the interferograms (as PyRate keeps
   * them): the .par opened there reads the interferograms beside headers/, as {@code import --par
   * headers/<file> FOLDER} does; the folder itself, with no .par beside its interferograms, is
   * claimed and asks for the .par rather than no reader opening it.
   */
  @Test
  void aParInHeadersBesideTheInterferogramsOpensThemAsTheImportDoes() throws IOException {
    Path par = Files.move(gammaFolder(dir), Files.createDirectories(dir.resolve("headers"))
        .resolve("20200101.rmli.par"));

    Product read = ProductIO.readProduct(par.toFile());

    Product imported = ImportedStackOp.of(GammaStack.scan(dir, GammaPar.read(par), 0), "imported");
    assertNotNull(read);
    assertEquals(dir.getFileName().toString(), read.getName());
    assertArrayEquals(imported.getBandNames(), read.getBandNames());
    for (String band : imported.getBandNames()) {
      assertArrayEquals(pixels(imported, band), pixels(read, band), band);
    }
    IOException e = assertThrows(IOException.class, () -> ProductIO.readProduct(dir.toFile()));
    assertEquals(dir + ": no .par beside the interferograms; open the one that gives their width"
        + " and radar frequency (their MLI's .par, here or in headers/) instead of the folder",
        e.getMessage());
  }

  /** Two GAMMA pairs, one with a .cc, and their .par; returns the .par. */
  private static Path gammaFolder(Path folder) throws IOException {
    Path par = GammaFiles.writePar(folder.resolve("20200101.rmli.par"), W, H, 5.405e9);
    float[] z1 = new float[2 * W * H];
    float[] z2 = new float[2 * W * H];
    float[] cc = new float[W * H];
    for (int k = 0; k < W * H; k++) {
      z1[2 * k] = (float) Math.cos(0.3 * k);
      z1[2 * k + 1] = (float) Math.sin(0.3 * k);
      z2[2 * k] = (float) Math.cos(-0.2 * k);
      z2[2 * k + 1] = (float) Math.sin(-0.2 * k);
      cc[k] = 0.2f + k / 50f;
    }
    GammaFiles.writeFloats(folder.resolve("20200101_20200113.diff"), z1);
    GammaFiles.writeFloats(folder.resolve("20200101_20200113.cc"), cc);
    GammaFiles.writeFloats(folder.resolve("20200113_20200125.diff"), z2);
    return par;
  }

  /** One LiCSAR pair folder of phase and coherence GeoTIFFs; returns the phase file. */
  private static Path licsarPair(Path frame) throws IOException {
    float[] phase = new float[W * H];
    float[] coherence = new float[W * H];
    for (int k = 0; k < phase.length; k++) {
      phase[k] = (float) (0.4 * k % (2 * Math.PI) - Math.PI);
      coherence[k] = 0.5f + k / 100f;
    }
    Path pair = Files.createDirectories(frame.resolve("20200101_20200113"));
    Path phaseFile = pair.resolve("20200101_20200113.geo.diff_pha.tif");
    GeoTiffFiles.write(phaseFile, W, H, phase, 10, 45, 0.001, true, "Deflate");
    GeoTiffFiles.write(pair.resolve("20200101_20200113.geo.cc.tif"), W, H, coherence, 10, 45,
        0.001, false, "LZW");
    return phaseFile;
  }

  private static float[] pixels(Product product, String band) throws IOException {
    return product.getBand(band).readPixels(0, 0, W, H, new float[W * H]);
  }
}
