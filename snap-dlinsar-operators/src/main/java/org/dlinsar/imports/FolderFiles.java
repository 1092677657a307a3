package org.dlinsar.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The files of a folder that an import looks for by name: DEMs, parameter files, tables. */
public final class FolderFiles {

  private FolderFiles() {}

  /** The regular files of {@code folder} (none when it is no folder) whose names {@code name} accepts, sorted. */
  static List<Path> named(Path folder, Predicate<String> name) throws IOException {
    if (folder == null || !Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> Files.isRegularFile(f) && name.test(f.getFileName().toString()))
          .sorted().toList();
    }
  }

  /**
   * {@code folder}, then the folders named one of {@code names} in it and in its parent, in that
   * order: where stacks keep their side files (PyRate's {@code geometry/} and {@code headers/},
   * LiCSAR's {@code metadata/} beside {@code interferograms/}).
   */
  static List<Path> besides(Path folder, List<String> names) {
    List<Path> places = new ArrayList<>(List.of(folder));
    // normalised first: "." is /cwd/., whose parent is /cwd itself, not the folder above
    Path parent = folder.toAbsolutePath().normalize().getParent();
    for (Path above : parent == null ? List.of(folder) : List.of(folder, parent)) {
      for (String name : names) {
        Path child = above.resolve(name);
        if (Files.isDirectory(child) && !places.contains(child)) {
          places.add(child);
        }
      }
    }
    return places;
  }

  /** The first file of {@code places}, in their order, whose name {@code name} accepts. */
  static Optional<Path> first(List<Path> places, Predicate<String> name) throws IOException {
    for (Path place : places) {
      List<Path> found = named(place, name);
      if (!found.isEmpty()) {
        return Optional.of(found.get(0));
      }
    }
    return Optional.empty();
  }

  /** The folders in {@code folder} (none when it is no folder), sorted. */
  static List<Path> folders(Path folder) throws IOException {
    if (folder == null || !Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isDirectory).sorted().toList();
    }
  }

  /**
   * {@code file} as the import metadata records a file it read: the real path, whatever the run's
   * folder (normalising {@code link/..} as text would name a folder that does not exist); absolute
   * as given where it cannot be resolved.
   */
  public static String recorded(Path file) {
    try {
      return file.toRealPath().toString();
    } catch (IOException e) {
      return file.toAbsolutePath().toString();
    }
  }
}
