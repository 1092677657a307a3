package org.dlinsar.lite.dimap;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DimapTargetTest {

  @TempDir
  Path dir;

  private DimapTarget target() throws IOException {
    return DimapTarget.of(dir.resolve("out.dim").toFile());
  }

  private void assertRefusedNaming(Path culprit) {
    IOException refused = assertThrows(IOException.class, () -> target().checkReplaceable());
    assertTrue(refused.getMessage().contains(culprit.toString()), refused.getMessage());
  }

  @Test
  void namesHeaderAndDataFolderAlsoForATargetWithoutExtension() throws IOException {
    DimapTarget target = DimapTarget.of(dir.resolve("out").toFile());

    assertEquals(dir.resolve("out.dim"), target.dimFile());
    assertEquals(dir.resolve("out.data"), target.dataFolder());
  }

  /**
   * As SNAP's DimapProductWriter.initDirs: the header is FileUtils.ensureExtension(file, ".dim"),
   * whose check of the extension is case-sensitive and which drops one trailing dot; the data
   * folder is the header's name without its extension, plus .data.
   */
  @Test
  void namesHeaderAndDataFolderAsSnapsDimapWriter() throws IOException {
    DimapTarget upper = DimapTarget.of(dir.resolve("x.DIM").toFile());
    DimapTarget dot = DimapTarget.of(dir.resolve("x.").toFile());

    assertEquals(dir.resolve("x.DIM.dim"), upper.dimFile());
    assertEquals(dir.resolve("x.DIM.data"), upper.dataFolder());
    assertEquals(dir.resolve("x.dim"), dot.dimFile());
    assertEquals(dir.resolve("x.data"), dot.dataFolder());
    assertEquals("x.DIM", upper.productName());
    assertEquals("x", dot.productName());
  }

  /**
   * SNAP's writer names the product after the header (ensureNamingConvention) and Product.setName
   * refuses a name that is no valid node name: SNAP cannot write .DIM (.DIM.dim) or and.dim. It
   * trims the name before the test (ProductNode.java 14.x, lines 103-106 and 126), so 'and .dim'
   * is refused too, though isValidNodeName("and ") holds.
   */
  @ParameterizedTest
  @ValueSource(strings = {".DIM", ".x.dim", "and.dim", "NOT", "a:b.dim", "a|b", "and .dim", " or"})
  void refusesATargetWhoseNameCannotNameTheProduct(String name) {
    IOException e = assertThrows(IOException.class, () -> DimapTarget.of(dir.resolve(name).toFile()));
    assertTrue(e.getMessage().contains("is no valid product name"), e.getMessage());
  }

  /**
   * SNAP's isValidNodeName allows control characters inside a name (ProductNode.java 14.x, lines
   * 220-227); the header cannot carry most of them, so a target naming the product with one is
   * refused here, as the plugin's own rule, not SNAP's.
   */
  @ParameterizedTest
  @ValueSource(strings = {"a\tb.dim", "a\u0001b", "x\u007F.dim"})
  void refusesATargetWhoseNameHasAControlCharacter(String name) {
    IOException e = assertThrows(IOException.class, () -> DimapTarget.of(dir.resolve(name).toFile()));
    assertTrue(e.getMessage().contains("control characters"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", ".dim", ".", ".."})
  void refusesATargetWithoutProductName(String name) {
    assertThrows(IOException.class, () -> DimapTarget.of(new File(name)));
  }

  @Test
  void acceptsAFreeTargetAndAPreviousProduct() throws IOException {
    assertDoesNotThrow(() -> target().checkReplaceable());
    Files.writeString(dir.resolve("out.dim"), StagedProductFilesTest.OLD_HEADER);
    assertDoesNotThrow(() -> target().checkReplaceable(), "a header without data folder");
    Files.createDirectory(dir.resolve("out.data"));
    assertDoesNotThrow(() -> target().checkReplaceable(), "a header with its data folder");
  }

  @Test
  void deletesAPreviousProductAndNothingElse() throws IOException {
    Files.writeString(dir.resolve("out.dim"), StagedProductFilesTest.OLD_HEADER);
    Files.writeString(Files.createDirectory(dir.resolve("out.data")).resolve("b.img"), "data");
    target().deletePrevious();
    assertFalse(Files.exists(dir.resolve("out.dim")) || Files.exists(dir.resolve("out.data")));
    assertDoesNotThrow(() -> target().deletePrevious(), "nothing there");

    Files.writeString(dir.resolve("out.dim"), "shopping list");
    assertThrows(IOException.class, () -> target().deletePrevious());
    assertTrue(Files.exists(dir.resolve("out.dim")), "a user's file stays");
  }

  @Test
  void refusesAFolderNamedLikeTheHeader() throws IOException {
    Files.createDirectory(dir.resolve("out.dim"));

    assertRefusedNaming(dir.resolve("out.dim"));
  }

  @Test
  void refusesAHeaderThatIsNoDimapDocument() throws IOException {
    Files.writeString(dir.resolve("out.dim"), "shopping list");

    assertRefusedNaming(dir.resolve("out.dim"));
  }

  @Test
  void refusesALinkedHeaderOrDataFolder() throws IOException {
    Path product = Files.createDirectory(dir.resolve("elsewhere"));
    Files.writeString(product.resolve("p.dim"), StagedProductFilesTest.OLD_HEADER);
    Files.createDirectory(product.resolve("p.data"));
    Files.createSymbolicLink(dir.resolve("out.dim"), product.resolve("p.dim"));
    assertRefusedNaming(dir.resolve("out.dim"));

    Files.delete(dir.resolve("out.dim"));
    Files.writeString(dir.resolve("out.dim"), StagedProductFilesTest.OLD_HEADER);
    Files.createSymbolicLink(dir.resolve("out.data"), product.resolve("p.data"));
    assertRefusedNaming(dir.resolve("out.data"));
  }

  @Test
  void refusesAPlainFileNamedLikeTheDataFolder() throws IOException {
    Files.writeString(dir.resolve("out.dim"), StagedProductFilesTest.OLD_HEADER);
    Files.writeString(dir.resolve("out.data"), "not a folder");

    assertRefusedNaming(dir.resolve("out.data"));
  }

  @Test
  void refusesADataFolderWithoutItsHeader() throws IOException {
    Files.createDirectory(dir.resolve("out.data"));

    assertRefusedNaming(dir.resolve("out.data"));
  }

  @Test
  void prepareCreatesMissingFoldersAsSnapsWriterDoes() throws IOException {
    Path missing = dir.resolve("missing/sub");

    DimapTarget.of(missing.resolve("out.dim").toFile()).prepare();

    assertTrue(Files.isDirectory(missing), missing + " not created");
  }

  @Test
  void prepareRefusesAFileInTheFoldersPathNamingIt() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "not a folder");

    IOException refused = assertThrows(IOException.class,
        () -> DimapTarget.of(notes.resolve("sub/out.dim").toFile()).prepare());

    assertTrue(refused.getMessage().contains(notes + " is not a directory"), refused.getMessage());
  }
}
