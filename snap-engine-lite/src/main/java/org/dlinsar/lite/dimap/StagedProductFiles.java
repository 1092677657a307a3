package org.dlinsar.lite.dimap;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/**
 * The header and data folder of a product being written, under temporary names beside their
 * targets, until {@link #commit} renames them into place (replacing a previous product of that
 * name) or {@link #discard} deletes them.
 */
final class StagedProductFiles {

  private final DimapTarget target;
  private final Path dimTarget;
  private final Path dataTarget;
  private final Path dimStaged;
  private final Path dataStaged;
  private final String token;

  /** @param target the final {@code <name>.dim} and {@code <name>.data} */
  StagedProductFiles(DimapTarget target) {
    this.target = target;
    this.dimTarget = target.dimFile();
    this.dataTarget = target.dataFolder();
    this.token = UUID.randomUUID().toString().substring(0, 8);
    this.dimStaged = sibling(dimTarget, "tmp");
    this.dataStaged = sibling(dataTarget, "tmp");
  }

  /** A hidden name beside {@code target}: {@code .<name>.<kind>-<token>}. */
  private Path sibling(Path target, String kind) {
    return target.resolveSibling("." + target.getFileName() + "." + kind + "-" + token);
  }

  /** The temporary header file (not yet created). */
  Path dimFile() {
    return dimStaged;
  }

  /** The temporary data folder, created by {@link #createDataFolder}. */
  Path dataFolder() {
    return dataStaged;
  }

  /** Creates the temporary data folder. */
  void createDataFolder() throws IOException {
    Files.createDirectory(dataStaged);
  }

  /**
   * Renames the temporary header and folder to their targets. What is at the target is checked
   * again first ({@link DimapTarget#checkReplaceable}): it may have changed while the product
   * was computed. A previous product is first moved aside and deleted only once both renames
   * succeeded; if a rename fails, the previous product is put back.
   *
   * @throws IOException naming the path in the way, or the file that could not be moved
   */
  void commit() throws IOException {
    target.checkReplaceable();
    Path dimAside = sibling(dimTarget, "old");
    Path dataAside = sibling(dataTarget, "old");
    boolean dimMoved = moveIfExists(dimTarget, dimAside);
    boolean dataMoved = false;
    boolean dataPlaced = false;
    try {
      dataMoved = moveIfExists(dataTarget, dataAside);
      Files.move(dataStaged, dataTarget);
      dataPlaced = true;
      Files.move(dimStaged, dimTarget);
    } catch (IOException e) {
      if (dataPlaced) {
        // the new data folder must not outlive a failed commit, with or without an old one
        try {
          deleteRecursively(dataTarget);
        } catch (IOException cleanup) {
          e.addSuppressed(cleanup);
        }
      }
      restore(dataTarget, dataAside, dataMoved, e);
      restore(dimTarget, dimAside, dimMoved, e);
      throw new IOException("cannot move the written product into place as " + dimTarget + ": " + e.getMessage(), e);
    }
    deleteRecursively(dimAside);
    deleteRecursively(dataAside);
  }

  /** Deletes the temporary header and folder; failures are added to {@code failure} as suppressed. */
  void discard(Throwable failure) {
    for (Path staged : new Path[] {dimStaged, dataStaged}) {
      try {
        deleteRecursively(staged);
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
  }

  private static boolean moveIfExists(Path from, Path to) throws IOException {
    if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    Files.move(from, to);
    return true;
  }

  private static void restore(Path target, Path aside, boolean wasMoved, IOException failure) {
    if (!wasMoved) {
      return;
    }
    try {
      Files.move(aside, target);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** Deletes a file, or a folder with everything in it; nothing happens if it does not exist. */
  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(path, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
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
