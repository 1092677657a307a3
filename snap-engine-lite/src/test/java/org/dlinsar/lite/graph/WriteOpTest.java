package org.dlinsar.lite.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bc.ceres.core.ProgressMonitor;

import java.io.File;
import java.util.Map;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteOpTest {

  private static Operator write(Product source, File target) {
    return GPF.getDefaultInstance().createOperator("Write", Map.of("file", target.getPath()),
        Map.of("source", source), null);
  }

  @Test
  void writesNothingUntilExecutedThenTheWholeProduct(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    Product source = ProductIO.readProduct(input);

    Operator write = write(source, output);
    assertSame(source, write.getTargetProduct());
    assertFalse(output.exists());
    write.execute(ProgressMonitor.NULL);

    for (String band : TestProducts.bandNames(input)) {
      assertArrayEquals(TestProducts.pixels(input, band), TestProducts.pixels(output, band), 0f, band);
    }
    source.dispose();
  }

  @Test
  void takesItsSourceAsSourceProductToo(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    Product source = ProductIO.readProduct(input);

    GPF.getDefaultInstance().createOperator("Write", Map.of("file", output), Map.of("sourceProduct", source), null)
        .execute(ProgressMonitor.NULL);

    assertArrayEquals(TestProducts.pixels(input, "count"), TestProducts.pixels(output, "count"), 0f);
    source.dispose();
  }

  @Test
  void leavesNoTargetWhenWritingFailsHalfWay(@TempDir File dir) throws Exception {
    FailingCopyOp.register();
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    Product source = ProductIO.readProduct(input);
    Product failing = GPF.createProduct(FailingCopyOp.ALIAS, Map.of(), source);

    OperatorException e = assertThrows(OperatorException.class,
        () -> write(failing, output).execute(ProgressMonitor.NULL));

    assertTrue(e.getMessage().contains("on purpose") || String.valueOf(e.getCause()).contains("on purpose"),
        e.getMessage());
    assertFalse(output.exists());
    assertFalse(TestProducts.dataFolder(output).exists());
    assertArrayEquals(new String[] {"in.data", "in.dim"}, sortedNames(dir));
    source.dispose();
  }

  @Test
  void refusesAnOccupiedTargetWhenCreatedAndKeepsIt(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    assertTrue(output.mkdir());
    File notes = new File(output, "notes.txt");
    java.nio.file.Files.writeString(notes.toPath(), "notes");
    Product source = ProductIO.readProduct(input);

    OperatorException e = assertThrows(OperatorException.class, () -> write(source, output).getTargetProduct());

    assertTrue(e.getMessage().contains(output.getPath()), e.getMessage());
    assertEquals("notes", java.nio.file.Files.readString(notes.toPath()));
    source.dispose();
  }

  /** As SNAP's Write, whose writer is looked up by format as it initialises: not once its source is computed. */
  @Test
  void refusesAFormatItHasNoWriterForWhenCreatedAndMakesNoFolder(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "made/out.dim");
    Product source = ProductIO.readProduct(input);

    OperatorException e = assertThrows(OperatorException.class, () -> GPF.getDefaultInstance()
        .createOperator("Write", Map.of("file", output, "formatName", "GeoTIFF"), Map.of("source", source), null)
        .getTargetProduct());

    assertEquals("no writer for format 'GeoTIFF' to write " + output + ": the headless engine writes BEAM-DIMAP only",
        e.getMessage());
    assertArrayEquals(new String[] {"in.data", "in.dim"}, sortedNames(dir));
    source.dispose();
  }

  private static String[] sortedNames(File dir) {
    String[] names = dir.list();
    java.util.Arrays.sort(names);
    return names;
  }

  /**
   * An unset file reaches initialize() as in SNAP (no notNull check there); Write says so in one
   * line, as SNAP's ReadOp does for its own file (ReadOp.java:135-136). SNAP's WriteOp has no such
   * check and fails only as it writes.
   */
  @Test
  void anUnsetFileIsRefusedInOneLineNamingIt() {
    Product source = new Product("p", "T", 2, 2);
    Operator write = new WriteOp();
    write.setSourceProduct(source);

    OperatorException e = assertThrows(OperatorException.class, write::getTargetProduct);

    assertEquals("The 'file' parameter is not set: give the file the product is written to", e.getMessage());
  }
}
