package org.dlinsar.lite.dimap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading band files: every shape of rectangle (whole rows, rows read in one run over short gaps,
 * row by row over long ones, runs larger than a read buffer) gives the samples the file holds;
 * one file handle per band, kept until the product is disposed.
 */
class DimapBandReadsTest {

  /** Rows of 18000 bytes: a 100-pixel rectangle leaves gaps too long to read over. */
  private static final int W = 4500;
  /** 5.4 MB: whole rows and wide rectangles take more than one read buffer. */
  private static final int H = 300;

  @TempDir
  static Path dir;

  private static Path dim;
  private static byte[] fileBytes;

  @BeforeAll
  static void writeWideBand() throws IOException {
    Product product = new Product("wide", "TEST", W, H);
    Band band = product.addBand("wide", ProductData.TYPE_FLOAT32);
    float[] samples = new float[W * H];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = i * 0.5f - 7f;
    }
    band.setRasterData(ProductData.createInstance(samples));
    dim = dir.resolve("wide.dim");
    DimapProductWriter.write(product, dim.toFile(), ProgressMonitor.NULL);
    fileBytes = Files.readAllBytes(dir.resolve("wide.data/wide.img"));
    ByteBuffer expected = ByteBuffer.allocate(samples.length * 4).order(ByteOrder.BIG_ENDIAN);
    expected.asFloatBuffer().put(samples);
    assertEquals(expected, ByteBuffer.wrap(fileBytes), "the writer's file is the samples, big-endian");
  }

  private static void assertReadsAsTheFileHoldsIt(Band band, Rectangle r) throws IOException {
    ProductData data = band.createCompatibleRasterData(r.width, r.height);
    band.readRasterData(r.x, r.y, r.width, r.height, data);
    ByteBuffer file = ByteBuffer.wrap(fileBytes).order(ByteOrder.BIG_ENDIAN);
    for (int row = 0; row < r.height; row++) {
      for (int col = 0; col < r.width; col++) {
        int expected = file.getInt(((r.y + row) * W + r.x + col) * 4);
        int actual = Float.floatToRawIntBits(data.getElemFloatAt(row * r.width + col));
        if (expected != actual) {
          assertEquals(expected, actual, r + " at column " + col + ", row " + row);
        }
      }
    }
  }

  @Test
  void readsEveryShapeOfRectangleAsTheFileHoldsIt() throws IOException {
    Band band = DimapProductReader.read(dim.toFile()).getBand("wide");
    Rectangle[] shapes = {
        new Rectangle(0, 0, W, H), // whole rows, more than one buffer
        new Rectangle(0, 17, W, 3), // whole rows, one read
        new Rectangle(700, 5, 3000, H - 5), // one run over short gaps, in several reads
        new Rectangle(1, 1, 2000, 2), // one run over short gaps
        new Rectangle(4321, 250, 100, 50), // row by row: the gaps are longer than the rows
        new Rectangle(W - 1, H - 1, 1, 1),
        new Rectangle(0, 299, 1, 1),
    };
    for (Rectangle r : shapes) {
      assertReadsAsTheFileHoldsIt(band, r);
    }
  }

  @Test
  void keepsOneHandlePerBandFileUntilTheProductIsDisposed() throws IOException {
    Path fds = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(fds), "needs /proc/self/fd (Linux)");
    // a copy of its own: products of other tests may hold the shared file open
    Path own = Files.createDirectories(dir.resolve("own"));
    Files.copy(dim, own.resolve("wide.dim"));
    Files.createDirectories(own.resolve("wide.data"));
    for (String name : new String[] {"wide.hdr", "wide.img"}) {
      Files.copy(dir.resolve("wide.data").resolve(name), own.resolve("wide.data").resolve(name));
    }
    Path img = own.resolve("wide.data/wide.img").toRealPath();
    Product product = DimapProductReader.read(own.resolve("wide.dim").toFile());
    assertEquals(0, openHandles(fds, img), "nothing is opened before a pixel is read");

    for (int y = 0; y < H; y += 60) {
      assertReadsAsTheFileHoldsIt(product.getBand("wide"), new Rectangle(0, y, 512, 60));
    }
    assertEquals(1, openHandles(fds, img), "one handle for all reads");

    product.dispose();
    assertEquals(0, openHandles(fds, img), "closed with the product");
  }

  private static long openHandles(Path fds, Path file) throws IOException {
    try (Stream<Path> links = Files.list(fds)) {
      return links.filter(link -> {
        try {
          return Files.readSymbolicLink(link).equals(file);
        } catch (IOException | UnsupportedOperationException e) {
          return false; // the listing's own handle, closed meanwhile
        }
      }).count();
    }
  }

  @Test
  void aThreadInterruptedInAReadLeavesTheBandReadableForOthers() throws Exception {
    Band band = DimapProductReader.read(dim.toFile()).getBand("wide");
    assertReadsAsTheFileHoldsIt(band, new Rectangle(0, 0, 10, 10));
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread interrupted = new Thread(() -> {
      Thread.currentThread().interrupt();
      try {
        band.readRasterData(0, 0, W, 10, band.createCompatibleRasterData(W, 10));
      } catch (Throwable e) {
        failure.set(e);
      }
    });
    interrupted.start();
    interrupted.join();

    // an interrupted read closes a file channel for every thread; the band opens it again
    assertInstanceOf(ClosedByInterruptException.class, failure.get());
    assertReadsAsTheFileHoldsIt(band, new Rectangle(5, 5, 1000, 20));
  }

  @Test
  void aDisposedBandNoLongerReads() throws IOException {
    Product product = DimapProductReader.read(dim.toFile());
    Band band = product.getBand("wide");
    assertReadsAsTheFileHoldsIt(band, new Rectangle(0, 0, 10, 10));
    product.dispose();

    IOException thrown = assertThrows(IOException.class,
        () -> band.readRasterData(0, 0, 10, 10, band.createCompatibleRasterData(10, 10)));
    assertEquals(true, thrown.getMessage().contains("wide"), thrown.getMessage());
  }
}
