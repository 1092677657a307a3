package org.dlinsar.lite.dimap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedProductFilesTest {

  @TempDir
  Path dir;

  private List<String> contents() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  private StagedProductFiles stageNewProduct() throws IOException {
    StagedProductFiles staged = new StagedProductFiles(dir.resolve("p.dim"), dir.resolve("p.data"));
    staged.createDataFolder();
    Files.writeString(staged.dataFolder().resolve("new.img"), "new");
    Files.writeString(staged.dimFile(), "new header");
    return staged;
  }

  @Test
  void stagesUnderHiddenNamesBesideTheTarget() throws IOException {
    StagedProductFiles staged = stageNewProduct();

    assertEquals(dir, staged.dimFile().getParent());
    assertTrue(staged.dimFile().getFileName().toString().startsWith(".p.dim."), staged.dimFile().toString());
    assertTrue(staged.dataFolder().getFileName().toString().startsWith(".p.data."), staged.dataFolder().toString());
  }

  @Test
  void commitReplacesAnExistingProductCompletely() throws IOException {
    Files.createDirectory(dir.resolve("p.data"));
    Files.writeString(dir.resolve("p.data/old.img"), "old");
    Files.writeString(dir.resolve("p.dim"), "old header");

    stageNewProduct().commit();

    assertEquals(List.of("p.data", "p.dim"), contents());
    assertEquals("new header", Files.readString(dir.resolve("p.dim")));
    assertTrue(Files.exists(dir.resolve("p.data/new.img")));
    assertFalse(Files.exists(dir.resolve("p.data/old.img")));
  }

  @Test
  void discardDeletesTheStagedFilesOnly() throws IOException {
    Files.writeString(dir.resolve("p.dim"), "old header");
    StagedProductFiles staged = stageNewProduct();
    IOException failure = new IOException("write failed");

    staged.discard(failure);

    assertEquals(List.of("p.dim"), contents());
    assertEquals(0, failure.getSuppressed().length);
  }
}
