package org.dlinsar.lite.dimap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bc.ceres.core.ProgressMonitor;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A product whose headers are here and whose band files are elsewhere: the reader sizes and reads
 * each band file through the mount of its folder, and names it as the mount does.
 */
class BandFileMountsTest {

  @TempDir
  Path dir;

  /** Serves the files of another folder, as a remote file system would, recording what it opens. */
  private record Elsewhere(Path folder, List<String> opened) implements BandFileMounts.Source {

    @Override
    public long size(String relative) throws IOException {
      Path file = folder.resolve(relative);
      if (!Files.exists(file)) {
        throw new FileNotFoundException("band file not found: " + name(relative));
      }
      return Files.size(file);
    }

    @Override
    public FileChannel open(String relative) throws IOException {
      opened.add(relative);
      return FileChannel.open(folder.resolve(relative), StandardOpenOption.READ);
    }

    @Override
    public String name(String relative) {
      return "elsewhere://" + relative;
    }
  }

  @Test
  void readsBandFilesThroughTheMountOfTheirFolder() throws IOException {
    Product product = new Product("p", "TEST", 30, 20);
    float[] samples = new float[30 * 20];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = i * 0.25f;
    }
    product.addBand("b", ProductData.TYPE_FLOAT32).setRasterData(ProductData.createInstance(samples));
    Path remote = Files.createDirectories(dir.resolve("remote"));
    DimapProductWriter.write(product, remote.resolve("p.dim").toFile(), ProgressMonitor.NULL);
    // here: the headers only, no band file
    Path local = Files.createDirectories(dir.resolve("local/p.data"));
    Files.copy(remote.resolve("p.dim"), dir.resolve("local/p.dim"));
    Files.copy(remote.resolve("p.data/b.hdr"), local.resolve("b.hdr"));
    Elsewhere elsewhere = new Elsewhere(remote.resolve("p.data"), new ArrayList<>());
    BandFileMounts.mount(local, elsewhere);
    try {
      Band band = DimapProductReader.read(dir.resolve("local/p.dim").toFile()).getBand("b");
      ProductData read = band.createCompatibleRasterData(30, 20);
      band.readRasterData(0, 0, 30, 20, read);

      assertArrayEquals(samples, (float[]) read.getElems());
      assertEquals(List.of("b.img"), elsewhere.opened());
    } finally {
      BandFileMounts.unmount(local);
    }
  }

  @Test
  void namesAMissingBandFileAsTheMountDoes() throws IOException {
    Product product = new Product("p", "TEST", 4, 3);
    product.addBand("b", ProductData.TYPE_INT16).setRasterData(ProductData.createInstance(new short[12]));
    DimapProductWriter.write(product, dir.resolve("p.dim").toFile(), ProgressMonitor.NULL);
    Path local = dir.resolve("p.data");
    Files.delete(local.resolve("b.img"));
    BandFileMounts.mount(local, new Elsewhere(dir.resolve("gone"), new ArrayList<>()));
    try {
      // the product opens, as SNAP's reader keeps a band without its file; reading the band fails
      Band band = DimapProductReader.read(dir.resolve("p.dim").toFile()).getBand("b");
      Exception e = assertThrows(Exception.class, () -> band.readRasterData(0, 0, 4, 3, band.createCompatibleRasterData(4, 3)));
      assertTrue(e.getMessage().contains("elsewhere://b.img"), e.getMessage());
    } finally {
      BandFileMounts.unmount(local);
    }
  }
}
