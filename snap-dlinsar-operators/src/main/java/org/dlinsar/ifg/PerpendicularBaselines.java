package org.dlinsar.ifg;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;

/**
 * What turns an error of the DEM into each acquisition's phase: its perpendicular baseline and the
 * slant geometry, from a stack's {@code Abstracted_Metadata}. A height error dh (the true elevation
 * less the DEM's) leaves the pair of reference a and secondary b the phase
 * -(4 pi / lambda) (B_b - B_a) dh / (R sin(incidence)), B the dates' baselines to one image and R
 * the slant range: SNAP's sign, that of the {@code Perp Baseline} its CreateStack and
 * Back-Geocoding write and of InterferogramOp's reference times conjugate secondary (jlinda's
 * {@code Baseline}, the SAR toolbox's {@code PhaseToElevationOp}). In displacement (CONTRACT.md
 * section 5, toward the satellite positive) date d then seems to have moved B_d dh / (R sin(incidence)).
 *
 * <p>Read from {@code Baselines/Ref_<ddMMMyyyy>/Secondary_<ddMMMyyyy>}, attribute {@code Perp
 * Baseline} (metres; SNAP writes one {@code Ref_} per image of the stack, each with every image,
 * at the scene's centre): the first {@code Ref_} that holds every date of the stack. The geometry
 * is a radar-geometry product's: {@code slant_range_to_first_pixel} and {@code range_spacing}
 * (slant, metres) give R at a column, {@code incidence_near} and {@code incidence_far} the
 * incidence, linearly between the first and last column. A terrain-corrected product ({@code
 * is_terrain_corrected} 1: its columns are no slant ranges), a value missing or SNAP's 99999 for
 * none: not known, and {@link #missing()} says what is missing.
 */
public final class PerpendicularBaselines {

  private static final double NO_METADATA = 99999;
  /** Perpendicular baselines beyond this are no orbit's (SNAP's 99999 for none among them). */
  private static final double LONGEST_METRES = 20_000;

  private final double[] metres;
  private final double firstRangeMetres;
  private final double rangeSpacingMetres;
  private final double incidenceNearDeg;
  private final double incidenceFarDeg;
  private final int width;
  private final String missing;

  private PerpendicularBaselines(double[] metres, double[] geometry, int width, String missing) {
    this.metres = metres;
    this.firstRangeMetres = geometry == null ? Double.NaN : geometry[0];
    this.rangeSpacingMetres = geometry == null ? Double.NaN : geometry[1];
    this.incidenceNearDeg = geometry == null ? Double.NaN : geometry[2];
    this.incidenceFarDeg = geometry == null ? Double.NaN : geometry[3];
    this.width = width;
    this.missing = missing;
  }

  /**
   * The baselines of {@code dates} and the geometry of a raster {@code width} pixels wide, from the
   * first of {@code products} whose metadata give them.
   */
  public static PerpendicularBaselines of(List<Product> products, List<LocalDate> dates, int width) {
    String missing = "no " + RadarWavelength.ABSTRACTED_METADATA;
    for (Product product : products) {
      MetadataElement root = product.getMetadataRoot();
      MetadataElement abs = root == null ? null : root.getElement(RadarWavelength.ABSTRACTED_METADATA);
      if (abs == null) {
        continue;
      }
      String[] why = new String[1];
      double[] metres = baselines(abs, dates, why);
      double[] geometry = metres == null ? null : geometry(abs, why);
      if (geometry != null) {
        return new PerpendicularBaselines(metres, geometry, width, null);
      }
      missing = "product '" + product.getName() + "': " + why[0];
    }
    return new PerpendicularBaselines(null, null, width, missing);
  }

  /** True when every date's baseline and the geometry are known. */
  public boolean known() {
    return missing == null;
  }

  /** What the metadata lack, naming the element or attribute; null when {@link #known()}. */
  public String missing() {
    return missing;
  }

  /** Each date's perpendicular baseline to one image of the stack, metres; null when not known. */
  public double[] metres() {
    return metres == null ? null : metres.clone();
  }

  /**
   * R sin(incidence) at column {@code x} (slant_range_to_first_pixel is column 0's), metres; NaN
   * when not known.
   */
  public double rangeTimesSinIncidence(int x) {
    double range = firstRangeMetres + x * rangeSpacingMetres;
    double share = width > 1 ? Math.min(1, Math.max(0, x / (width - 1.0))) : 0.5;
    double incidence = incidenceNearDeg + share * (incidenceFarDeg - incidenceNearDeg);
    return range * Math.sin(Math.toRadians(incidence));
  }

  /** Per date, from the first Ref_ element holding them all; null (why[0] set) when none does. */
  private static double[] baselines(MetadataElement abs, List<LocalDate> dates, String[] why) {
    MetadataElement all = abs.getElement("Baselines");
    if (all == null || all.getNumElements() == 0) {
      why[0] = "no " + RadarWavelength.ABSTRACTED_METADATA + "/Baselines (CreateStack and Back-Geocoding"
          + " write it)";
      return null;
    }
    String lacking = null;
    for (MetadataElement ref : all.getElements()) {
      Map<LocalDate, Double> found = new HashMap<>();
      for (MetadataElement secondary : ref.getElements()) {
        LocalDate date = dateOf(secondary.getName(), "Secondary_");
        double b = secondary.getAttributeDouble("Perp Baseline", Double.NaN);
        if (date != null && Math.abs(b) <= LONGEST_METRES) {
          found.putIfAbsent(date, b);
        }
      }
      double[] metres = new double[dates.size()];
      for (int d = 0; d < metres.length; d++) {
        Double b = found.get(dates.get(d));
        if (b == null) {
          lacking = lacking != null ? lacking : "Baselines/" + ref.getName() + " gives no Perp Baseline"
              + " for " + BandNames.formatDate(dates.get(d));
          metres = null;
          break;
        }
        metres[d] = b;
      }
      if (metres != null) {
        return metres;
      }
    }
    why[0] = lacking != null ? lacking : "Baselines holds no Ref_<ddMMMyyyy> element";
    return null;
  }

  private static LocalDate dateOf(String name, String prefix) {
    if (!name.startsWith(prefix)) {
      return null;
    }
    try {
      return BandNames.parseDate(name.substring(prefix.length()), name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** {first range, range spacing, incidence near, far}; null (why[0] set) when not radar geometry. */
  private static double[] geometry(MetadataElement abs, String[] why) {
    if (abs.getAttributeInt("is_terrain_corrected", 0) == 1) {
      why[0] = "terrain-corrected (is_terrain_corrected 1), so its columns give no slant range";
      return null;
    }
    String[] names = {"slant_range_to_first_pixel", "range_spacing", "incidence_near", "incidence_far"};
    double[] values = new double[names.length];
    for (int k = 0; k < names.length; k++) {
      values[k] = abs.getAttributeDouble(names[k], Double.NaN);
      boolean plausible = k < 2 ? values[k] > 0 : values[k] > 0 && values[k] < 90;
      if (!plausible || values[k] == NO_METADATA) {
        why[0] = String.format(Locale.ROOT, "%s/%s is %s", RadarWavelength.ABSTRACTED_METADATA,
            names[k], abs.getAttribute(names[k]) == null ? "missing" : abs.getAttributeString(names[k], "?"));
        return null;
      }
    }
    return values;
  }
}
