package org.dlinsar.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The DEM an import takes without being told (so that the reader plug-ins, which take no
 * options, give DL-Detect's slope filter its elevation too): of the files a layout names as
 * candidates, the one the stack takes ({@link ImportedStack#withElevation}: on its grid, or a
 * lon/lat grid covering it). None, or several, is no elevation; {@code bin/dlinsar import --dem}
 * names the file instead.
 */
final class ElevationFiles {

  private ElevationFiles() {}

  /** {@code stack} with the heights of its one fitting candidate, else {@code stack} as it is. */
  static ImportedStack attachFound(ImportedStack stack, List<Path> candidates) {
    List<ImportedStack> fitting = new ArrayList<>();
    for (Path candidate : candidates) {
      try {
        fitting.add(stack.withElevation(candidate));
      } catch (IOException e) {
        // a grid that does not fit, or no raster: not this stack's DEM
      }
    }
    return fitting.size() == 1 ? fitting.get(0) : stack;
  }
}
