package org.dlinsar.imports;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Each pixel's incidence over a geocoded stack from a GAMMA lookup table on its grid ({@code *.lt},
 * map to radar: the range sample and line of the radar frame each map pixel falls on, fcomplex
 * big-endian) and the frame's slant geometry (the first date's MLI parameter file, {@link
 * GammaSlantGeometry}): the incidence at that range sample on GAMMA's sphere; NaN where the table
 * places the pixel outside the frame (0 + 0i, as {@code gc_map} writes it there, a negative or
 * non-finite sample, or one beyond the MLI's range samples or lines: a table of another frame or
 * looks). A crop is seen where it lies in the swath, not at the frame's centre that the {@code
 * .par}'s one {@code incidence_angle} gives: PyRate's Mexico City crop lies at range samples 0 to
 * 430 of 8514, seen at 30.8 to 31.9 degrees, not 39.7.
 *
 * @param table the lookup table
 * @param width the stack's width, the table's samples per line
 * @param geometry the frame's slant geometry
 */
record LookupIncidence(Path table, int width, GammaSlantGeometry geometry) implements IncidenceMap {

  /**
   * The one lookup table of the stack's grid's size beside its interferograms or in the folders of
   * its geometry ({@link GammaGeometryFiles}), with the first date's MLI geometry; none without
   * either, or with two tables of that size (which is this grid's, a w x h table's or an h x w
   * one's, is not for the import to guess).
   *
   * @throws IOException naming a file that is there but cannot be read, or a table whose samples
   *     read as numbers only little-endian
   */
  static Optional<LookupIncidence> find(ImportedStack stack) throws IOException {
    List<Path> places = GammaGeometryFiles.places(stack);
    Optional<Path> mli = GammaGeometryFiles.firstDateMli(stack, places);
    List<Path> tables = GammaGeometryFiles.lookupTables(stack, places);
    if (mli.isEmpty() || tables.size() != 1) {
      return Optional.empty();
    }
    BigEndianRaster.checkBigEndian(tables.get(0));
    GammaSlantGeometry geometry;
    try {
      geometry = GammaSlantGeometry.read(mli.get());
    } catch (IOException e) {
      return Optional.empty(); // an MLI file without the slant geometry: the scene's one incidence
    }
    return Optional.of(new LookupIncidence(tables.get(0), stack.width(), geometry));
  }

  @Override
  public Path file() {
    return table;
  }

  @Override
  public String source() {
    return FolderFiles.recorded(table) + " at its range samples, on the slant geometry of "
        + FolderFiles.recorded(geometry.file());
  }

  @Override
  public float[] degrees(Rectangle box) {
    float[] samples = BigEndianRaster.read(table, width, 2, box.x, box.y, box.width, box.height);
    float[] degrees = new float[box.width * box.height];
    for (int i = 0; i < degrees.length; i++) {
      float range = samples[2 * i];
      degrees[i] = inFrame(range, samples[2 * i + 1]) ? (float) geometry.incidenceDeg(range) : Float.NaN;
    }
    return degrees;
  }

  /** Whether (range sample, line) lies in the MLI's frame; 0 + 0i is gc_map's mark of none. */
  private boolean inFrame(float range, float line) {
    return range >= 0 && line >= 0 && (range > 0 || line > 0) && range < geometry.width()
        && line < geometry.lines();
  }
}
