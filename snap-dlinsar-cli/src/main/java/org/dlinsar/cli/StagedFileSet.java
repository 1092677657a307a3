package org.dlinsar.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dlinsar.files.HiddenNames;

/**
 * Files that belong together, such as a simulated stack, its truth product and its site list,
 * written into a staging folder beside their targets and then moved into place together: the
 * targets hold the old set or the new one, never part of each once a commit is resolved.
 *
 * <p>A rename is atomic for one file only, so the commit is journalled. A marker file is created
 * once every member is staged; then, member by member, the old one is moved aside and the new one
 * into place; deleting the marker is the commit point. A commit that fails is rolled back at once.
 * One whose process was killed leaves the marker behind, and the next set opened on the same
 * targets rolls it back first, from what it finds: a member no longer staged has been moved into
 * place, a member aside is an old one. Hidden beside the targets: {@code .<set>.staged/},
 * {@code .<set>.old/} and the marker {@code .<set>.commit} ({@code .<set>} shortened for a long
 * name, {@link HiddenNames}).
 *
 * <p>The staging and aside folders are made new (mkdir) after what a killed run left was cleared:
 * a folder or link that someone puts at their names meanwhile, in a folder others can write, is
 * refused, neither followed nor written into nor deleted.
 */
final class StagedFileSet {

  /** Renames a file or folder, atomically on one file system; a test may fail it on purpose. */
  interface Mover {
    void move(Path from, Path to) throws IOException;
  }

  private final Path folder;
  private final List<String> members;
  private final Path staging;
  private final Path aside;
  private final Path marker;
  private final Mover mover;
  /** Whether this set made its staging folder: only then is it its to fill and delete. */
  private boolean stagingCreated;
  /** Whether its commit has begun: from then on a stop leaves it to the next open's recovery. */
  private volatile boolean committing;
  /** The sets of this JVM with a staging folder not yet committed or discarded. */
  private static final Set<StagedFileSet> OPEN = ConcurrentHashMap.newKeySet();

  private StagedFileSet(Path folder, String set, List<String> members, Mover mover) {
    this.folder = folder;
    this.members = List.copyOf(members);
    // one shortened start for all three where a long name needs it
    String hidden = HiddenNames.stem(set, ".commit".length());
    this.staging = folder.resolve(hidden + ".staged");
    this.aside = folder.resolve(hidden + ".old");
    this.marker = folder.resolve(hidden + ".commit");
    this.mover = mover;
  }

  /**
   * Resolves what an earlier, killed commit of this set left behind.
   *
   * @param folder the folder of the targets
   * @param set the name the hidden files are derived from, e.g. the stack's name
   * @param members the targets' file or folder names in {@code folder}
   * @throws IOException naming the file that could not be moved back or deleted
   */
  static StagedFileSet open(Path folder, String set, List<String> members, Mover mover)
      throws IOException {
    StagedFileSet files = new StagedFileSet(folder, set, members, mover);
    files.recover();
    return files;
  }

  /** Where member {@code name} is written before the commit; creates the staging folder. */
  Path staged(String name) throws IOException {
    if (!members.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is not one of the set's files " + members);
    }
    if (!stagingCreated) {
      createNew(staging);
      stagingCreated = true;
      OPEN.add(this);
    }
    return staging.resolve(name);
  }

  private void createNew(Path hidden) throws IOException {
    try {
      Files.createDirectory(hidden);
    } catch (FileAlreadyExistsException e) {
      throw new IOException("cannot write " + folder.resolve(members.get(0)) + ": its hidden folder " + hidden
          + " is already there, made by someone else after this run cleared it; it is left alone"
          + " (is another run writing the same files?)", e);
    }
  }

  /**
   * Moves every staged member into place, the old ones out; on failure puts the old set back.
   *
   * @throws IOException naming the member missing from the staging folder or the target that
   *     could not be replaced
   */
  void commit() throws IOException {
    for (String name : members) {
      if (!exists(staging.resolve(name))) {
        throw new IOException("cannot replace " + folder.resolve(name) + ": it was not written");
      }
    }
    committing = true;
    // before the marker: a rollback deletes the aside folder, which must be this set's own
    createNew(aside);
    Files.createFile(marker);
    String current = members.get(0);
    try {
      for (String name : members) {
        current = name;
        Path target = folder.resolve(name);
        if (exists(target)) {
          mover.move(target, aside.resolve(name));
        }
        mover.move(staging.resolve(name), target);
      }
    } catch (IOException | RuntimeException e) {
      try {
        rollBack();
      } catch (IOException | UncheckedIOException rollBack) {
        e.addSuppressed(rollBack);
      }
      throw new IOException("cannot replace " + folder.resolve(current) + " (the set of "
          + String.join(", ", members) + " is left as it was): " + e.getMessage(), e);
    }
    Files.delete(marker);
    deleteRecursively(aside);
    deleteRecursively(staging);
    OPEN.remove(this);
  }

  /**
   * A run stopped by a signal (Ctrl-C, SIGTERM): deletes the staging folders of the sets whose
   * commit has not begun, gigabytes of a large simulated stack that the next run to the same
   * targets would clear only then; a set being committed is left to that run's recovery, which
   * rolls it back from what it finds. The targets are untouched either way.
   */
  static void discardUncommitted() {
    for (StagedFileSet set : OPEN) {
      if (!set.committing) {
        try {
          deleteRecursively(set.staging);
        } catch (IOException | UncheckedIOException e) {
          // the JVM is exiting: the next open clears what is left
        }
        OPEN.remove(set);
      }
    }
  }

  /** Deletes the staged files after a failure before the commit; problems are added to it. */
  void discard(Throwable failure) {
    if (!stagingCreated) {
      return;
    }
    OPEN.remove(this);
    try {
      deleteRecursively(staging);
    } catch (IOException | UncheckedIOException e) {
      failure.addSuppressed(e);
    }
  }

  private void recover() throws IOException {
    if (exists(marker)) {
      rollBack();
    }
    // Without a marker, what is aside is a replaced set and what is staged was never committed.
    deleteRecursively(aside);
    deleteRecursively(staging);
  }

  /**
   * Puts the old set back. The marker exists only once every member was staged, so a member no
   * longer staged is a new one in place. Safe to repeat after a kill halfway.
   */
  private void rollBack() throws IOException {
    for (String name : members) {
      Path target = folder.resolve(name);
      Path fresh = staging.resolve(name);
      Path old = aside.resolve(name);
      if (!exists(fresh) && exists(target)) {
        Files.createDirectories(staging);
        Files.move(target, fresh);
      }
      if (exists(old)) {
        Files.move(old, target);
      }
    }
    deleteRecursively(aside);
    Files.delete(marker);
  }

  private static boolean exists(Path path) {
    return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!exists(path)) {
      return;
    }
    Files.walkFileTree(path, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
          throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
