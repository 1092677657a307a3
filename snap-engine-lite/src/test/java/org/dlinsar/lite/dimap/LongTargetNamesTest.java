package org.dlinsar.lite.dimap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dlinsar.lite.graph.TestProducts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A target whose header and data folder names the file system takes (up to 255 bytes each, so a
 * product name of up to 250) is written, though the hidden staging and lock names beside it
 * would be longer spelt out in full.
 */
class LongTargetNamesTest {

  @TempDir
  Path dir;

  @AfterEach
  void endTheRun() {
    RunTargets.close(true);
  }

  /** Product names of 250 UTF-8 bytes: ASCII, two-byte, three-byte and four-byte characters. */
  static List<String> longestNames() {
    return List.of("a".repeat(250), "ü".repeat(125), "b" + "€".repeat(83), "xy" + "😀".repeat(62));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("longestNames")
  void aProductOfTheLongestNameIsWrittenAndReplacedInARun(String name) throws IOException {
    assertEquals(250, name.getBytes(StandardCharsets.UTF_8).length);
    File target = dir.resolve(name + ".dim").toFile();
    RunTargets.open(dimFile -> { });

    TestProducts.write(target);
    TestProducts.write(target); // the previous product moved aside under a hidden name, then gone

    assertEquals(List.of(name + ".data", name + ".dim"), names().stream().filter(n -> !n.startsWith(".")).toList());
    assertArrayEquals(TestProducts.pixels(TestProducts.write(dir.resolve("short.dim").toFile()), "phase"),
        TestProducts.pixels(target, "phase"), 0f);
    RunTargets.close(true);
    assertEquals(Stream.of(name + ".data", name + ".dim", "short.data", "short.dim").sorted().toList(), names(),
        "the lock file is gone with the run");
  }

  @ParameterizedTest
  @MethodSource("longestNames")
  void hiddenNamesStayWithinTheLimitAndApartAndBeginAsTheTarget(String name) throws IOException {
    DimapTarget target = DimapTarget.of(dir.resolve(name + ".dim").toFile());
    DimapTarget sibling = DimapTarget.of(dir.resolve(name.substring(0, name.offsetByCodePoints(name.length(), -1)) + "z.dim").toFile());
    StagingNames names = StagingNames.fresh(target);
    StagingNames siblings = new StagingNames(sibling, names.token());

    List<Path> hidden = List.of(names.dimStaged(), names.dataStaged(), names.dimAside(), names.dataAside(),
        names.lockFile(), TargetLock.fileOf(target));
    for (Path path : hidden) {
      String file = path.getFileName().toString();
      assertTrue(file.getBytes(StandardCharsets.UTF_8).length <= 255, file);
      assertTrue(file.startsWith("." + name.substring(0, 60)), file);
    }
    assertNotEquals(names.dimStaged(), siblings.dimStaged(), "two long names that begin alike");
    assertNotEquals(TargetLock.fileOf(target), TargetLock.fileOf(sibling));
    // the next write of the target finds this write's leftovers by their shortened names
    Files.createFile(names.lockFile());
    assertEquals(Set.of(names.token()), StagingNames.tokensFound(target));
    assertEquals(Set.of(), StagingNames.tokensFound(sibling));
  }

  @Test
  void shortNamesAreSpeltInFull() throws IOException {
    DimapTarget target = DimapTarget.of(dir.resolve("out.dim").toFile());
    assertEquals(".out.dim.lock", TargetLock.fileOf(target).getFileName().toString());
    assertEquals(".out.data.tmp-0123abcd", new StagingNames(target, "0123abcd").dataStaged().getFileName().toString());
  }

  @Test
  void aNameWhoseDataFolderTheFileSystemRefusesIsSaidBeforeComputing() throws IOException {
    DimapTarget target = DimapTarget.of(dir.resolve("a".repeat(251) + ".dim").toFile());

    IOException refused = assertThrows(IOException.class, target::prepare);

    assertEquals("Cannot write " + target.dimFile() + ": its data folder's name " + "a".repeat(251)
        + ".data is 256 bytes, more than the 255 a file name may have; choose a shorter name", refused.getMessage());
    assertEquals(List.of(), names());
  }
}
