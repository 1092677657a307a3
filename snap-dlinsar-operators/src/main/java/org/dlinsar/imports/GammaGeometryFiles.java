package org.dlinsar.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where an imported stack's GAMMA geometry files lie, as GAMMA and PyRate lay them out: beside the
 * interferograms or in a {@code geometry} or {@code headers} folder in their folder or its parent.
 * The first date's MLI parameter file ({@code *<yyyymmdd>*mli.par}) gives the radar frame's slant
 * geometry, a lookup table on the stack's grid ({@code *.lt}, map to radar) where each of its
 * pixels lies in that frame.
 */
final class GammaGeometryFiles {

  private static final String GEOMETRY = "geometry";
  private static final String HEADERS = "headers";

  private GammaGeometryFiles() {}

  /** The folders the files are looked for in, the interferograms' first. */
  static List<Path> places(ImportedStack stack) {
    return FolderFiles.besides(stack.pairs().get(0).phase().toAbsolutePath().getParent(), List.of(GEOMETRY, HEADERS));
  }

  /** The first date's MLI parameter file in {@code places}, if any. */
  static Optional<Path> firstDateMli(ImportedStack stack, List<Path> places) throws IOException {
    String day = ImportedBaselines.datesOf(stack.pairs()).get(0).format(DateTimeFormatter.BASIC_ISO_DATE);
    return FolderFiles.first(places, name -> name.contains(day) && name.endsWith("mli.par"));
  }

  /** The lookup tables in {@code places} of the stack's grid's size (fcomplex), in the order found. */
  static List<Path> lookupTables(ImportedStack stack, List<Path> places) throws IOException {
    long bytes = 8L * stack.width() * stack.height();
    List<Path> tables = new ArrayList<>();
    for (Path place : places) {
      for (Path table : FolderFiles.named(place, name -> name.endsWith(".lt"))) {
        if (Files.size(table) == bytes) {
          tables.add(table);
        }
      }
    }
    return tables;
  }
}
