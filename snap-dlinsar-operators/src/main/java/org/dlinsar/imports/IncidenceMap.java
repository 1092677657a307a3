package org.dlinsar.imports;

import java.awt.Rectangle;
import java.nio.file.Path;

/**
 * Each pixel's incidence over an imported stack's grid, read on demand from the file that gives
 * it: the import's {@code incidenceAngleFromEllipsoid} band ({@link org.dlinsar.ifg.LineOfSight}).
 */
interface IncidenceMap {

  /** The file the incidence is read from. */
  Path file();

  /** Where the incidence comes from, as the import metadata and the band's description say it. */
  default String source() {
    return FolderFiles.recorded(file());
  }

  /**
   * The incidence at the pixels of {@code box}, degrees, row by row; NaN where the file gives none.
   *
   * @throws java.io.UncheckedIOException naming the file when it cannot be read
   */
  float[] degrees(Rectangle box);
}
