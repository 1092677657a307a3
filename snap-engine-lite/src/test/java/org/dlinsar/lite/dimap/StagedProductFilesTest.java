package org.dlinsar.lite.dimap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedProductFilesTest {

  static final String OLD_HEADER = "<?xml version=\"1.0\"?>\n<Dimap_Document name=\"old.dim\"/>\n";

  @TempDir
  Path dir;

  private List<String> contents() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  private StagedProductFiles stageNewProduct() throws IOException {
    StagedProductFiles staged = StagedProductFiles.stage(DimapTarget.of(dir.resolve("p.dim").toFile()));
    staged.createDataFolder();
    Files.writeString(staged.dataFolder().resolve("new.img"), "new");
    try (OutputStream out = staged.createDimFile()) {
      out.write("new header".getBytes(StandardCharsets.UTF_8));
    }
    return staged;
  }

  @Test
  void aFolderOrLinkPutAtTheStagedNamesIsRefusedAndLeftAloneByTheDiscard() throws IOException {
    Path theirs = Files.createDirectory(dir.resolve("theirs"));
    Files.writeString(theirs.resolve("kept.txt"), "theirs");
    StagedProductFiles staged = StagedProductFiles.stage(DimapTarget.of(dir.resolve("p.dim").toFile()));
    Files.createSymbolicLink(staged.dataFolder(), theirs);
    Files.createSymbolicLink(staged.dimFile(), theirs.resolve("kept.txt"));

    IOException data = assertThrows(IOException.class, staged::createDataFolder);
    assertTrue(data.getMessage().startsWith("cannot write " + dir.resolve("p.dim") + ": its temporary name "
        + staged.dataFolder().getFileName() + " is already taken"), data.getMessage());
    IOException dim = assertThrows(IOException.class, staged::createDimFile);
    assertTrue(dim.getMessage().contains(staged.dimFile().getFileName() + " is already taken"), dim.getMessage());
    staged.discard(dim);

    assertTrue(Files.isSymbolicLink(staged.dataFolder()) && Files.isSymbolicLink(staged.dimFile()));
    assertEquals("theirs", Files.readString(theirs.resolve("kept.txt")));
    assertEquals(List.of(staged.dataFolder().getFileName().toString(), staged.dimFile().getFileName().toString(),
        "theirs"), contents());
  }

  @Test
  void nothingIsCreatedOnceTheShutdownHookDiscardedTheWrite() throws IOException {
    // SIGTERM as the bands' files were done: the hook deleted the data folder while the writer
    // thread went on to the header, and the JVM halted before its discard (CI run of stop 57)
    StagedProductFiles staged = StagedProductFiles.stage(DimapTarget.of(dir.resolve("p.dim").toFile()));
    staged.createDataFolder();
    staged.discardOnShutdown();

    IOException header = assertThrows(IOException.class, staged::createDimFile);
    assertEquals("Cannot write " + dir.resolve("p.dim") + ": the write was discarded as the JVM shuts down",
        header.getMessage());
    assertThrows(IOException.class, staged::createDataFolder);
    assertEquals(List.of(), contents());
  }

  @Test
  void stagesUnderHiddenNamesBesideTheTargetWithALock() throws IOException {
    StagedProductFiles staged = stageNewProduct();

    assertEquals(dir, staged.dimFile().getParent());
    assertTrue(staged.dimFile().getFileName().toString().matches("\\.p\\.dim\\.tmp-[0-9a-f]{8}"), staged.dimFile().toString());
    assertTrue(staged.dataFolder().getFileName().toString().matches("\\.p\\.data\\.tmp-[0-9a-f]{8}"),
        staged.dataFolder().toString());
    String token = staged.dimFile().getFileName().toString().substring(".p.dim.tmp-".length());
    assertTrue(Files.exists(dir.resolve(".p.dim.lock-" + token)), contents().toString());
    staged.discard(new IOException("test over"));
  }

  @Test
  void commitReplacesAPreviousProductCompletely() throws IOException {
    Files.createDirectory(dir.resolve("p.data"));
    Files.writeString(dir.resolve("p.data/old.img"), "old");
    Files.writeString(dir.resolve("p.dim"), OLD_HEADER);

    stageNewProduct().commit();

    assertEquals(List.of("p.data", "p.dim"), contents());
    assertEquals("new header", Files.readString(dir.resolve("p.dim")));
    assertTrue(Files.exists(dir.resolve("p.data/new.img")));
    assertFalse(Files.exists(dir.resolve("p.data/old.img")));
  }

  @Test
  void commitRefusesWhatAppearedAtTheTargetMeanwhileAndKeepsIt() throws IOException {
    StagedProductFiles staged = stageNewProduct();
    Files.createDirectory(dir.resolve("p.dim"));
    Files.writeString(dir.resolve("p.dim/notes.txt"), "notes");

    IOException refused = assertThrows(IOException.class, staged::commit);
    staged.discard(refused);

    assertTrue(refused.getMessage().contains(dir.resolve("p.dim").toString()), refused.getMessage());
    assertEquals(List.of("p.dim"), contents());
    assertEquals("notes", Files.readString(dir.resolve("p.dim/notes.txt")));
  }

  /**
   * The run is told when a product's renames are over, in place or not, after each placing: a
   * stop waits for that (RunJournal), so that a product and the files beside it are never of two
   * runs. Before, it was told of the placing only, and a stop between the two put the old side
   * files back beside the new product.
   */
  @Test
  void aRunIsToldOfTheProductInPlaceOnceItsRenamesAreOver() throws IOException {
    List<String> told = new java.util.ArrayList<>();
    RunTargets.open(new RunTargets.Placing() {
      @Override
      public void placing(Path dimFile) {
        told.add("placing " + dimFile.getFileName() + ", header there: " + Files.exists(dimFile));
      }

      @Override
      public void placed(Path dimFile, boolean inPlace) {
        told.add("placed " + dimFile.getFileName() + " " + inPlace + ", header there: " + Files.exists(dimFile));
      }
    });
    try {
      stageNewProduct().commit();
    } finally {
      RunTargets.close(true);
    }
    assertEquals(List.of("placing p.dim, header there: false", "placed p.dim true, header there: true"), told);
  }

  @Test
  void aRunIsToldOfAFailedPlacingOnceTheOldProductIsBack() throws IOException {
    Files.writeString(dir.resolve("p.dim"), OLD_HEADER);
    List<String> told = new java.util.ArrayList<>();
    StagedProductFiles staged = stageNewProduct();
    RunTargets.open(new RunTargets.Placing() {
      @Override
      public void placing(Path dimFile) throws IOException {
        // the data folder's rename fails
        FileTrees.delete(staged.dataFolder());
        told.add("placing");
      }

      @Override
      public void placed(Path dimFile, boolean inPlace) {
        told.add("placed " + inPlace + ", old header back: " + Files.exists(dimFile));
      }
    });
    try {
      IOException failed = assertThrows(IOException.class, staged::commit);
      staged.discard(failed);
    } finally {
      RunTargets.close(false);
    }
    assertEquals(List.of("placing", "placed false, old header back: true"), told);
    assertEquals(OLD_HEADER, Files.readString(dir.resolve("p.dim")));
  }

  /**
   * A stop frees the run's targets (their lock files go) before the JVM exits, and a writer thread
   * still running then committed as if outside a run: no placing was told, so the product went
   * into place beside the side files the stop had just put back (or another run's). Once the run's
   * targets are freed for the JVM's exit, no product of it is placed.
   */
  @Test
  void noProductIsPlacedOnceTheRunsTargetsAreFreedForTheJvmsExit() throws IOException {
    Files.writeString(dir.resolve("p.dim"), OLD_HEADER);
    RunTargets.open(dimFile -> { });
    StagedProductFiles staged = stageNewProduct();
    RunTargets.closeForExit(false);
    try {
      IOException refused = assertThrows(IOException.class, staged::commit);
      staged.discard(refused);
      assertEquals("the run is being stopped: " + dir.resolve("p.dim") + " is left as it was", refused.getMessage());
    } finally {
      RunTargets.open(dimFile -> { });
      RunTargets.close(true);
    }
    assertEquals(OLD_HEADER, Files.readString(dir.resolve("p.dim")));
    assertEquals(List.of("p.dim"), contents());
  }

  @Test
  void discardDeletesTheStagedFilesAndTheLockOnly() throws IOException {
    Files.writeString(dir.resolve("p.dim"), OLD_HEADER);
    StagedProductFiles staged = stageNewProduct();
    IOException failure = new IOException("write failed");

    staged.discard(failure);

    assertEquals(List.of("p.dim"), contents());
    assertEquals(0, failure.getSuppressed().length);
  }
}
