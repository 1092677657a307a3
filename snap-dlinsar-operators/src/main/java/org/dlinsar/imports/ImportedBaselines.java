package org.dlinsar.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.dlinsar.ifg.PerpendicularBaselines;
import org.esa.snap.core.datamodel.MetadataElement;

/**
 * An imported stack's perpendicular baselines, for Local-SBAS's DEM-error fit: each date's to the
 * first date's orbit, and R sin(incidence) where the stack lies, written as SNAP's CreateStack
 * writes them ({@link PerpendicularBaselines#element}).
 *
 * @param dates the stack's dates, ascending
 * @param metres each date's baseline to the first date's orbit
 * @param rangeTimesSin R sin(incidence) where the stack lies, metres
 * @param note where they were read, for the import metadata
 */
record ImportedBaselines(List<LocalDate> dates, double[] metres, double rangeTimesSin, String note) {

  /** The dates of {@code pairs}, ascending. */
  static List<LocalDate> datesOf(List<ImportedPair> pairs) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    pairs.forEach(p -> {
      dates.add(p.pair().reference());
      dates.add(p.pair().secondary());
    });
    return List.copyOf(dates);
  }

  /** The Baselines element, referenced to the first date. */
  MetadataElement element(double wavelengthMetres) {
    return PerpendicularBaselines.element(dates, 0, metres, wavelengthMetres, rangeTimesSin);
  }
}
