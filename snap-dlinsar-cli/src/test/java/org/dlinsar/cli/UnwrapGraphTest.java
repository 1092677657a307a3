package org.dlinsar.cli;

import static org.dlinsar.cli.GraphRuns.launch;
import static org.dlinsar.cli.GraphRuns.pixels;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** graphs/unwrap.xml runs headless and writes one unwrapped band per interferogram, nothing else. */
class UnwrapGraphTest {

  private static final Path ROOT = Path.of(System.getProperty("dlinsar.root", ".."));
  private static final Path MINING = ROOT.resolve("test-products/mining-256x192.dim");

  @Test
  void unwrapGraphWritesOneUnwrappedPhaseAndItsComponentsPerInterferogramMaskedByTheOtsuMask(@TempDir Path dir)
      throws IOException {
    Path output = dir.resolve("unw.dim");

    launch(ROOT.resolve("graphs/unwrap.xml").toString(), "-Pinput=" + MINING, "-Poutput=" + output);

    Product product = ProductIO.readProduct(output.toFile());
    Product input = ProductIO.readProduct(MINING.toFile());
    List<String> suffixes = Stream.of(input.getBandNames()).filter(n -> n.startsWith("i_ifg_"))
        .map(n -> n.substring("i_ifg_".length())).toList();
    assertEquals(2 * suffixes.size(), product.getNumBands());
    assertArrayEquals(input.getTiePointGridNames(), product.getTiePointGridNames());
    for (String suffix : suffixes) {
      Band band = product.getBand("Unw_Phase_ifg_" + suffix);
      assertEquals("abs_phase", band.getUnit());
      float[] unw = pixels(band);
      float[] re = pixels(input.getBand("i_ifg_" + suffix));
      float[] im = pixels(input.getBand("q_ifg_" + suffix));
      int unwrapped = 0;
      for (int i = 0; i < unw.length; i++) {
        if (!Float.isNaN(unw[i])) {
          unwrapped++;
          double cycles = (unw[i] - Math.atan2(im[i], re[i])) / (2 * Math.PI);
          assertEquals(Math.rint(cycles), cycles, 1e-4, suffix + " not congruent at pixel " + i);
        }
      }
      assertTrue(unwrapped > unw.length / 4 && unwrapped < unw.length,
          suffix + ": " + unwrapped + " of " + unw.length + " pixels unwrapped, expected the coherent part");
      float[] components = pixels(product.getBand("conncomp_ifg_" + suffix));
      for (int i = 0; i < unw.length; i++) {
        assertEquals(Float.isNaN(unw[i]), components[i] == 0, suffix + " component at pixel " + i);
      }
    }
    product.dispose();
    input.dispose();
  }


}
