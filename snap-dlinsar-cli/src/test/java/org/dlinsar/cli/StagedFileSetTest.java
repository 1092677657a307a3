package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StagedFileSetTest {

  /** A process killed in the middle: nothing catches it, nothing is cleaned up. */
  static final class Killed extends Error {
    private static final long serialVersionUID = 1L;
  }

  private static final List<String> MEMBERS = List.of("s.dim", "s.data", "s.sites.json");

  @TempDir
  Path dir;

  /** Fails (with {@code failure}) the {@code n}-th move, counting from 0. */
  private static StagedFileSet.Mover failingAt(int n, Runnable failure) {
    int[] moves = {0};
    return (from, to) -> {
      if (moves[0]++ == n) {
        failure.run();
      }
      Files.move(from, to);
    };
  }

  private static void writeSet(StagedFileSet set, String content) throws IOException {
    Files.writeString(set.staged("s.dim"), content);
    Files.createDirectories(set.staged("s.data"));
    Files.writeString(set.staged("s.data").resolve("band.img"), content);
    Files.writeString(set.staged("s.sites.json"), content);
  }

  /** Every file under the folder, hidden ones included, with its content; folders as "dir". */
  private Map<String, String> contents() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) walk::iterator) {
        if (!file.equals(dir)) {
          files.put(dir.relativize(file).toString(), Files.isDirectory(file) ? "dir" : Files.readString(file));
        }
      }
    }
    return files;
  }

  private static Map<String, String> set(String content) {
    return Map.of("s.dim", content, "s.data", "dir", "s.data/band.img", content, "s.sites.json", content);
  }

  /**
   * A stop signal deletes what a set staged and did not begin to commit; the old set stays in
   * place. The staging folder, gigabytes for a large simulated stack, was left until the next run.
   */
  @Test
  void aStopDeletesTheStagedFilesOfASetNotYetCommitted() throws IOException {
    StagedFileSet old = StagedFileSet.open(dir, "s", MEMBERS, Files::move);
    writeSet(old, "old");
    old.commit();
    StagedFileSet next = StagedFileSet.open(dir, "s", MEMBERS, Files::move);
    writeSet(next, "new");
    assertTrue(Files.isDirectory(dir.resolve(".s.staged")));

    StagedFileSet.discardUncommitted();

    assertEquals(set("old"), contents());
  }

  @Test
  void aFolderOrLinkPutAtTheStagingNameAfterTheOpenIsRefusedAndLeftAlone() throws IOException {
    // someone who can write the folder puts a link to a folder of theirs where the set stages
    Path theirs = Files.createDirectory(dir.resolve("theirs"));
    StagedFileSet set = StagedFileSet.open(dir, "s", MEMBERS, Files::move);
    Files.createSymbolicLink(dir.resolve(".s.staged"), theirs);

    IOException e = assertThrows(IOException.class, () -> set.staged("s.dim"));
    assertEquals("cannot write " + dir.resolve("s.dim") + ": its hidden folder " + dir.resolve(".s.staged")
        + " is already there, made by someone else after this run cleared it; it is left alone"
        + " (is another run writing the same files?)", e.getMessage());
    set.discard(e);
    assertTrue(Files.isSymbolicLink(dir.resolve(".s.staged")));
    assertEquals(Map.of(".s.staged", "dir", "theirs", "dir"), contents());

    // and the folder the old set is moved aside into at the commit
    Files.delete(dir.resolve(".s.staged"));
    StagedFileSet next = StagedFileSet.open(dir, "s", MEMBERS, Files::move);
    writeSet(next, "new");
    Files.createSymbolicLink(dir.resolve(".s.old"), theirs);
    assertThrows(IOException.class, next::commit);
    assertTrue(Files.isSymbolicLink(dir.resolve(".s.old")));
    assertEquals(List.of(), List.of(theirs.toFile().list()));
  }

  private void commitOldSet() throws IOException {
    StagedFileSet old = StagedFileSet.open(dir, "s", MEMBERS, Files::move);
    writeSet(old, "old");
    old.commit();
  }

  /** An imported stack of the longest name (250 bytes, its data folder 255): the hidden names would be longer in full. */
  @ParameterizedTest
  @ValueSource(strings = {"a", "ü"})
  void aSetOfTheLongestNameIsCommittedAndReplaced(String character) throws IOException {
    String name = character.repeat(250 / character.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    List<String> members = List.of(name + ".dim", name + ".data");
    for (String content : List.of("old", "new")) {
      StagedFileSet set = StagedFileSet.open(dir, name, members, Files::move);
      Files.writeString(set.staged(name + ".dim"), content);
      Files.createDirectories(set.staged(name + ".data"));
      set.commit();
    }
    assertEquals(Map.of(name + ".dim", "new", name + ".data", "dir"), contents());
  }

  @Test
  void commitReplacesEveryMemberAndLeavesNothingHidden() throws IOException {
    commitOldSet();
    StagedFileSet set = StagedFileSet.open(dir, "s", MEMBERS, Files::move);
    writeSet(set, "new");
    set.commit();
    assertEquals(set("new"), contents());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5})
  void aFailedRenameLeavesTheOldSet(int failingMove) throws IOException {
    commitOldSet();
    StagedFileSet set = StagedFileSet.open(dir, "s", MEMBERS, failingAt(failingMove, () -> {
      throw new IllegalStateException("disk gone");
    }));
    writeSet(set, "new");
    IOException e = assertThrows(IOException.class, set::commit);
    set.discard(e);
    assertTrue(e.getMessage().contains("is left as it was") && e.getMessage().contains("disk gone"),
        e.getMessage());
    assertEquals(set("old"), contents());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5})
  void aCommitKilledBetweenRenamesIsRolledBackByTheNextOpen(int killedMove) throws IOException {
    commitOldSet();
    StagedFileSet set = StagedFileSet.open(dir, "s", MEMBERS, failingAt(killedMove, () -> {
      throw new Killed();
    }));
    writeSet(set, "new");
    assertThrows(Killed.class, set::commit);
    assertTrue(Files.exists(dir.resolve(".s.commit")), "the marker tells the commit did not finish");

    StagedFileSet.open(dir, "s", MEMBERS, Files::move);

    assertEquals(set("old"), contents());
  }

  @Test
  void aFirstCommitKilledHalfwayLeavesNoFileOfTheSet() throws IOException {
    StagedFileSet set = StagedFileSet.open(dir, "s", MEMBERS, failingAt(2, () -> {
      throw new Killed();
    }));
    writeSet(set, "new");
    assertThrows(Killed.class, set::commit);
    assertTrue(Files.exists(dir.resolve("s.dim")), "half committed before recovery");

    StagedFileSet.open(dir, "s", MEMBERS, Files::move);

    assertEquals(Map.of(), contents());
  }

  @Test
  void refusesToCommitASetNotFullyWritten() throws IOException {
    commitOldSet();
    StagedFileSet set = StagedFileSet.open(dir, "s", MEMBERS, Files::move);
    Files.writeString(set.staged("s.dim"), "new");
    IOException e = assertThrows(IOException.class, set::commit);
    set.discard(e);
    assertTrue(e.getMessage().contains("s.data"), e.getMessage());
    assertEquals(set("old"), contents());
  }
}
