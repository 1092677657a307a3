package org.dlinsar.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dlinsar.files.CappedRead;
import org.dlinsar.ifg.IncidenceAcrossSwath;

/**
 * Each acquisition's perpendicular baseline for a LiCSAR frame, from the {@code baselines} file
 * of its metadata as the COMET-LiCS portal serves it and LiCSBAS reads it: one line per secondary
 * date, {@code <primary yyyymmdd> <secondary yyyymmdd> <bperp m> <btemp days>}, the frame's
 * primary (its single coregistration reference) at 0. LiCSAR forms its interferograms with GAMMA,
 * whose baseline sign the GAMMA import takes as SNAP's (checked against PyRate's DEM error of
 * Mexico City), and the portal gives each date's baseline at the frame's centre.
 *
 * <p>R sin(incidence) at the stack's centre: the incidence from the up component of the frame's
 * line-of-sight unit vector ({@code <frame>.geo.U.tif}, cos(incidence)), averaged over the valid
 * pixels near the stack's centre ({@link LicsarLookVector}), and R from it over a spherical earth
 * at Sentinel-1's orbit ({@value #ORBIT_HEIGHT_METRES} m up: R = sqrt((Re + H)^2 - Re^2 sin^2 i)
 * - Re cos i). Without the file, none.
 */
final class LicsarBaselines {

  /** Sentinel-1's mean orbit height, metres. */
  static final double ORBIT_HEIGHT_METRES = IncidenceAcrossSwath.SENTINEL1_ORBIT_HEIGHT_METRES;
  private static final String FILE = "baselines";
  /** A frame's file has a line per date: a few KB; 1 MiB is hundreds of times that. */
  private static final int MAX_BYTES = 1 << 20;

  private LicsarBaselines() {}

  /**
   * The baselines of {@code stack} (a {@link LicsarFrame}), or why there are none: no {@code
   * baselines} file, a date it lacks, no {@code .geo.U.tif}.
   *
   * @throws IOException naming a file that is there but cannot be read
   */
  static FoundInFiles<ImportedBaselines> of(GeoTiffStack stack) throws IOException {
    Path frame = stack.pairs().get(0).phase().toAbsolutePath().getParent().getParent();
    List<Path> places = LicsarFrame.metadataPlaces(stack);
    Optional<Path> file = FolderFiles.first(places, FILE::equals);
    if (file.isEmpty()) {
      return FoundInFiles.none("no LiCSAR " + FILE + " file in " + frame + ", its metadata/ or the"
          + " metadata/ beside it");
    }
    Map<LocalDate, Double> perDate = read(file.get());
    List<LocalDate> dates = ImportedBaselines.datesOf(stack.pairs());
    double[] metres = new double[dates.size()];
    for (int d = 0; d < metres.length; d++) {
      Double b = perDate.get(dates.get(d));
      if (b == null) {
        return FoundInFiles.none(file.get() + " gives no baseline for " + dates.get(d));
      }
      metres[d] = b - perDate.get(dates.get(0));
    }
    Optional<Path> up = FolderFiles.first(places, name -> name.endsWith(LicsarLookVector.UP));
    if (up.isEmpty()) {
      return FoundInFiles.none("no LiCSAR <frame>.geo.U.tif beside " + file.get()
          + ", for the incidence");
    }
    double cosIncidence = LicsarLookVector.upAtCentre(up.get(), stack.grid());
    if (!(cosIncidence > 0.1 && cosIncidence < 1)) {
      return FoundInFiles.none(up.get() + " gives no line-of-sight up component in (0.1, 1) at the"
          + " stack's centre");
    }
    double sinIncidence = Math.sqrt(1 - cosIncidence * cosIncidence);
    double range = IncidenceAcrossSwath.slantRangeFromSentinel1(Math.toDegrees(Math.acos(cosIncidence)));
    String note = String.format(Locale.ROOT, "LiCSAR %s (the frame's centre), incidence %.2f deg at the stack's"
        + " centre from %s, slant range %.0f m over a spherical earth", FolderFiles.recorded(file.get()),
        Math.toDegrees(Math.acos(cosIncidence)), FolderFiles.recorded(up.get()), range);
    return FoundInFiles.of(new ImportedBaselines(dates, metres, range * sinIncidence, note));
  }

  /** Each date's baseline to the primary, which is 0. */
  private static Map<LocalDate, Double> read(Path file) throws IOException {
    Map<LocalDate, Double> perDate = new HashMap<>();
    String text = new String(CappedRead.bytes(file, "a LiCSAR baselines file", MAX_BYTES), StandardCharsets.ISO_8859_1);
    for (String line : text.lines().toList()) {
      String[] cells = line.trim().split("\\s+");
      if (cells.length != 4) {
        continue;
      }
      Optional<LocalDate> primary = PairFileName.date(cells[0]);
      Optional<LocalDate> secondary = PairFileName.date(cells[1]);
      try {
        double b = Double.parseDouble(cells[2]);
        if (primary.isPresent() && secondary.isPresent()) {
          perDate.put(primary.get(), 0.0);
          perDate.put(secondary.get(), b);
        }
      } catch (NumberFormatException e) {
        // a header or another line: not a date's baseline
      }
    }
    return perDate;
  }
}
