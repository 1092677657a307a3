package org.dlinsar.lite.graph;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.dlinsar.lite.dimap.DimapTarget;

/**
 * Refuses a write target that is one of the run's source products: writing it would replace the
 * product while it is being read, and lose what the run does not copy (gpt's {@code -t P P}, or a
 * graph whose {@code Write} writes over the file of its {@code Read}). Target and sources are
 * compared as files, after resolving links: the target's header and data folder against each
 * source's header and data folder.
 */
public final class SourceOverwriteCheck {

  private SourceOverwriteCheck() {}

  /**
   * @param target the target as given ({@code out.dim}, or {@code out} for {@code out.dim})
   * @param sources the source product files the run reads
   * @throws IOException naming the target and the source it would overwrite, or if the target
   *     name is empty
   */
  public static void refuse(File target, Collection<File> sources) throws IOException {
    DimapTarget written = DimapTarget.of(target);
    for (File source : sources) {
      if (isSameFile(written.dimFile(), source.toPath())) {
        throw overwrites(written, "it is the source product " + source);
      }
      for (Path sourceData : dataFolders(source.toPath())) {
        if (isSameFile(written.dataFolder(), sourceData)) {
          throw overwrites(written, "its data folder " + written.dataFolder() + " is that of the source product " + source);
        }
      }
    }
  }

  private static IOException overwrites(DimapTarget target, String what) {
    return overwrites(target.dimFile().toString(), what);
  }

  /**
   * The refusal of {@code target}, as named to the user, because {@code what} ("it is the source
   * product ..."): for a runner that compares paths on another file system (bin/dlinsar-spark).
   */
  public static IOException overwrites(String target, String what) {
    return new IOException("Cannot write " + target + ": " + what
        + " of this run, which writing would destroy; choose another target");
  }

  /** The data folder name beside a product header named {@code headerName}: {@code x.dim} has {@code x.data}. */
  public static String dataFolderName(String headerName) {
    return headerName.replaceFirst("(?i)\\.dim$", "") + ".data";
  }

  /** The data folder beside the source as given and, for a link, beside the file it points to. */
  private static List<Path> dataFolders(Path source) throws IOException {
    List<Path> folders = new ArrayList<>();
    folders.add(dataFolderBeside(source));
    if (Files.exists(source)) {
      folders.add(dataFolderBeside(source.toRealPath()));
    }
    return folders;
  }

  private static Path dataFolderBeside(Path dimFile) {
    String name = dimFile.getFileName() == null ? "" : dimFile.getFileName().toString();
    return dimFile.resolveSibling(dataFolderName(name));
  }

  private static boolean isSameFile(Path a, Path b) throws IOException {
    return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
  }
}
