package org.esa.snap.core.util.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import org.junit.jupiter.api.Test;

/** SNAP 12-14's FileUtils.ensureExtension, as its Javadoc examples and its code state it. */
class FileUtilsTest {

  @Test
  void appendsTheExtensionUnlessThePathEndsInItExactly() {
    assertEquals("example.dim", FileUtils.ensureExtension("example.dim", ".dim"));
    assertEquals("example.dim", FileUtils.ensureExtension("example", ".dim"));
    assertEquals("example.lem.dim", FileUtils.ensureExtension("example.lem", ".dim"));
    // the check is case-sensitive, and one trailing dot is dropped before appending
    assertEquals("x.DIM.dim", FileUtils.ensureExtension("x.DIM", ".dim"));
    assertEquals("x.dim", FileUtils.ensureExtension("x.", ".dim"));
    assertEquals("x..dim", FileUtils.ensureExtension("x..", ".dim"));
    assertEquals("..dim", FileUtils.ensureExtension(".", ".dim"));
  }

  @Test
  void keepsAFileThatHasTheExtension() {
    File file = new File("dir/out.dim");
    assertSame(file, FileUtils.ensureExtension(file, ".dim"));
    assertEquals(new File("dir/out.dim"), FileUtils.ensureExtension(new File("dir/out."), ".dim"));
  }

  @Test
  void refusesEmptyArguments() {
    assertThrows(IllegalArgumentException.class, () -> FileUtils.ensureExtension("", ".dim"));
    assertThrows(IllegalArgumentException.class, () -> FileUtils.ensureExtension("x", ""));
    assertThrows(IllegalArgumentException.class, () -> FileUtils.ensureExtension((File) null, ".dim"));
  }
}
