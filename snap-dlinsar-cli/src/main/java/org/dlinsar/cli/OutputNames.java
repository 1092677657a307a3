package org.dlinsar.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dlinsar.files.HiddenNames;
import org.dlinsar.files.SideFiles;

/**
 * The files a command writes named after its {@code -o <name>.dim} (or an operator beside its
 * {@code -t} or Write node's file, {@link SideFilesFitTheTarget}), checked before any work to fit
 * the 255 bytes a file name may have: a name too long would otherwise fail only when the product
 * is written, after the reading or simulating.
 */
final class OutputNames {

  private OutputNames() {}

  /**
   * @param output the product given with {@code -o}, ending in {@code .dim}
   * @param suffixes what follows {@code <name>} in each file the command writes
   * @throws IOException naming the first file whose name is too long, and the longest product name
   *     that gives them all
   */
  static void checkFit(Path output, List<String> suffixes) throws IOException {
    checkFit(output, suffixes, "-o");
  }

  /**
   * As {@link #checkFit(Path, List)} for a product named by {@code option} ("-t"), with or without
   * {@code .dim}, as the writer completes it.
   */
  static void checkFit(Path output, List<String> suffixes, String option) throws IOException {
    Path dim = output.toAbsolutePath();
    String name = SideFiles.productName(dim);
    int longest = suffixes.stream().mapToInt(SideFiles::longestProductName).min()
        .orElse(HiddenNames.MAX_NAME_BYTES);
    try {
      for (String suffix : suffixes) {
        SideFiles.checkNameFits(dim.resolveSibling(name + suffix), "file",
            "give " + option + " a product name of at most " + longest + " bytes");
      }
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
