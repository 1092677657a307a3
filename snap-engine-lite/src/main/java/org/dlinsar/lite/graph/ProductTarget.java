package org.dlinsar.lite.graph;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a BEAM-DIMAP target occupies on disk: the header ({@code name.dim}, also when the
 * target was given without extension) and the band folder ({@code name.data}). Used to make sure
 * a failed run leaves no target behind without touching a target that existed before the run.
 */
public final class ProductTarget {

  private final List<Path> paths;

  /** @param file the target as given ({@code out.dim}, or {@code out} for {@code out.dim}) */
  public ProductTarget(File file) {
    Path given = file.toPath().toAbsolutePath();
    String name = given.getFileName().toString();
    String base = name.toLowerCase().endsWith(".dim") ? name.substring(0, name.length() - 4) : name;
    List<Path> all = new ArrayList<>();
    all.add(given);
    all.add(given.resolveSibling(base + ".dim"));
    all.add(given.resolveSibling(base + ".data"));
    this.paths = List.copyOf(all.stream().distinct().toList());
  }

  /** Which of the target's paths exist now. */
  public record Snapshot(List<Path> existing) {
    public Snapshot {
      existing = List.copyOf(existing);
    }
  }

  /** @return the target paths that exist now */
  public Snapshot snapshot() {
    return new Snapshot(paths.stream().filter(Files::exists).toList());
  }

  /**
   * Deletes every target path (folders with their content) that exists now but did not in
   * {@code before}.
   *
   * @throws UncheckedIOException naming the path that could not be deleted
   */
  public void deleteCreatedSince(Snapshot before) {
    for (Path path : paths) {
      if (Files.exists(path) && !before.existing().contains(path)) {
        deleteRecursively(path);
      }
    }
  }

  private static void deleteRecursively(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the unfinished target " + root + ": " + e.getMessage(), e);
    }
  }
}
