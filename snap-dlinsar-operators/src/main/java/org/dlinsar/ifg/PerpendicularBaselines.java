package org.dlinsar.ifg;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dlinsar.sim.PixelBox;
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
 * is a radar-geometry product's: {@code slant_range_to_first_pixel} (the near range's column: the
 * first, or the last where the near range lies on the right) and {@code range_spacing} (slant,
 * metres) give R at a column, and the incidence is each column's ({@link IncidenceAcrossSwath}: the
 * {@code incident_angle} tie-point grid's, else from {@code incidence_near} at the first column to
 * {@code incidence_far} at the last as the slant range gives it). Where the product is terrain-corrected
 * ({@code is_terrain_corrected} 1: its columns are no slant ranges) or lacks those attributes,
 * R sin(incidence) is the scene centre's that each date's {@code Height of Ambiguity} holds
 * (-lambda R sin(incidence) / (2 B_perp), as CreateStack writes it), the median over the dates
 * with a baseline of a metre or more. Neither, or SNAP's 99999 for none: not known, and {@link
 * #missing()} says what is missing.
 */
public final class PerpendicularBaselines {

  private static final double NO_METADATA = 99999;
  /** Perpendicular baselines beyond this are no orbit's (SNAP's 99999 for none among them). */
  private static final double LONGEST_METRES = 20_000;
  private static final String BASELINES = "Baselines";
  private static final String PERP_BASELINE = "Perp Baseline";
  private static final String HEIGHT_OF_AMBIGUITY = "Height of Ambiguity";

  private final double[] metres;
  private final double firstRangeMetres;
  private final double rangeSpacingMetres;
  /** The incidence at each column; null where no column geometry is known. */
  private final IncidenceAcrossSwath swath;
  /** R sin(incidence) at the scene centre, metres, where no column geometry is known; else NaN. */
  private final double centreRangeTimesSin;
  private final String missing;
  /** Each pixel's incidence where no column geometry is known; null where none is. */
  private final IncidenceOver incidence;
  /** The pixels around the scene's centre whose mean incidence the centre's R sin(incidence) is seen at. */
  private final PixelBox centre;
  /** That incidence, degrees, once read (NaN before, and where it is none). */
  private volatile double centreIncidenceDeg = Double.NaN;

  /** Each pixel's incidence over a box of the raster, degrees, row-major; NaN where unknown. */
  @FunctionalInterface
  public interface IncidenceOver {
    float[] degrees(PixelBox box);
  }

  private PerpendicularBaselines(double[] metres, double[] geometry, IncidenceAcrossSwath swath, String missing) {
    this.metres = metres;
    boolean columns = swath != null;
    this.firstRangeMetres = columns ? geometry[0] : Double.NaN;
    this.rangeSpacingMetres = columns ? geometry[1] : Double.NaN;
    this.swath = swath;
    this.centreRangeTimesSin = geometry != null && !columns ? geometry[0] : Double.NaN;
    this.missing = missing;
    this.incidence = null;
    this.centre = null;
  }

  private PerpendicularBaselines(PerpendicularBaselines from, IncidenceOver incidence, PixelBox centre) {
    this.metres = from.metres;
    this.firstRangeMetres = from.firstRangeMetres;
    this.rangeSpacingMetres = from.rangeSpacingMetres;
    this.swath = from.swath;
    this.centreRangeTimesSin = from.centreRangeTimesSin;
    this.missing = from.missing;
    this.incidence = incidence;
    this.centre = centre;
  }

  /**
   * These baselines with each pixel's incidence, for a product whose R sin(incidence) is the scene
   * centre's alone (a terrain-corrected one, from the Height of Ambiguity), seen there at the mean
   * incidence over {@code centre} (the pixels the imports measure the centre's at): each pixel's is
   * the centre's times R sin(i) at its own incidence over that at the centre's, R the slant range at
   * which a sphere (the Earth's mean radius, Sentinel-1's orbit) is seen at i. Across a Sentinel-1
   * frame (31 to 46 degrees) it runs from 0.76 to 1.28 of the centre's, and the DEM's error fitted
   * at a pixel with it (dh = beta R sin(i)); the velocity and the series do not depend on it. The
   * same baselines where the columns give the geometry.
   */
  public PerpendicularBaselines withIncidence(IncidenceOver incidence, PixelBox centre) {
    return swath != null ? this : new PerpendicularBaselines(this, incidence, centre);
  }

  /** The mean incidence over the centre's pixels, read once; NaN where none is an incidence. */
  private double centreIncidenceDeg() {
    double known = centreIncidenceDeg;
    if (Double.isNaN(known)) {
      double sum = 0;
      int n = 0;
      for (float v : incidence.degrees(centre)) {
        if (v > 0 && v < 90) {
          sum += v;
          n++;
        }
      }
      known = n == 0 ? Double.NaN : sum / n;
      centreIncidenceDeg = known; // where it is NaN, the next patch reads the 9 x 9 pixels again
    }
    return known;
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
      IncidenceAcrossSwath swath = geometry == null ? null : IncidenceAcrossSwath.of(product, abs, width);
      if (swath != null && !swath.everyColumnAnIncidence()) {
        why[0] = swath.whyNoIncidence(abs);
        geometry = null;
        swath = null;
      }
      if (metres != null && geometry == null) {
        geometry = centreGeometry(abs, RadarWavelength.metres(product), why);
      }
      if (geometry != null) {
        return new PerpendicularBaselines(metres, geometry, swath, null);
      }
      missing = "product '" + product.getName() + "': " + why[0];
    }
    return new PerpendicularBaselines(null, null, null, missing);
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
   * R sin(incidence) at column {@code x} (slant_range_to_first_pixel is the near range's: column
   * 0's, or the last column's where the near range lies on the right), metres; NaN when not known.
   */
  public double rangeTimesSinIncidence(int x) {
    if (!Double.isNaN(centreRangeTimesSin)) {
      return centreRangeTimesSin;
    }
    int fromNear = swath.nearRangeOnLeft() ? x : swath.width() - 1 - x;
    double range = firstRangeMetres + fromNear * rangeSpacingMetres;
    return range * Math.sin(Math.toRadians(swath.at(x)));
  }

  /**
   * R sin(incidence) at each pixel of {@code box}, row-major, metres: the column's, or each pixel's
   * own incidence's ({@link #withIncidence}) where known, else the scene centre's.
   */
  public double[] rangeTimesSinIncidence(PixelBox box) {
    double[] out = new double[box.width() * box.height()];
    double atCentre = incidence == null ? Double.NaN : onSphere(centreIncidenceDeg());
    float[] degrees = Double.isNaN(atCentre) ? null : incidence.degrees(box);
    for (int i = 0; i < out.length; i++) {
      double own = degrees == null ? Double.NaN : onSphere(degrees[i]);
      out[i] = Double.isNaN(own) ? rangeTimesSinIncidence(box.x0() + i % box.width())
          : centreRangeTimesSin * own / atCentre;
    }
    return out;
  }

  /** R sin(i) at incidence i on the mean Earth seen from Sentinel-1's orbit, metres; NaN where i is no incidence. */
  private static double onSphere(double incidenceDeg) {
    if (!(incidenceDeg > 0 && incidenceDeg < 90)) {
      return Double.NaN;
    }
    return IncidenceAcrossSwath.slantRangeFromSentinel1(incidenceDeg) * Math.sin(Math.toRadians(incidenceDeg));
  }

  /** Per date, from the first Ref_ element holding them all; null (why[0] set) when none does. */
  private static double[] baselines(MetadataElement abs, List<LocalDate> dates, String[] why) {
    MetadataElement all = abs.getElement(BASELINES);
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
        double b = secondary.getAttributeDouble(PERP_BASELINE, Double.NaN);
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

  /**
   * {@code Baselines/Ref_<reference>/Secondary_<date>} for every date (the reference's own 0), with
   * SNAP's attributes: {@code Perp Baseline} (m), {@code Temp Baseline} (days, the reference's date
   * less the secondary's) and {@code Height of Ambiguity} (m, -lambda R sin(incidence) / (2 B_perp),
   * 0 where B_perp is).
   *
   * @param metres each date's baseline to the reference date's orbit
   * @param rangeTimesSin R sin(incidence) at the scene's centre, metres
   */
  public static MetadataElement element(List<LocalDate> dates, int reference, double[] metres,
      double wavelengthMetres, double rangeTimesSin) {
    MetadataElement ref = new MetadataElement("Ref_" + BandNames.formatDate(dates.get(reference)));
    for (int d = 0; d < dates.size(); d++) {
      double b = metres[d];
      MetadataElement secondary = new MetadataElement("Secondary_" + BandNames.formatDate(dates.get(d)));
      secondary.setAttributeDouble(PERP_BASELINE, b);
      secondary.setAttributeDouble("Temp Baseline", ChronoUnit.DAYS.between(dates.get(d), dates.get(reference)));
      secondary.setAttributeDouble(HEIGHT_OF_AMBIGUITY, b == 0 ? 0 : -wavelengthMetres * rangeTimesSin / (2 * b));
      ref.addElement(secondary);
    }
    MetadataElement baselines = new MetadataElement(BASELINES);
    baselines.addElement(ref);
    return baselines;
  }

  /**
   * {R sin(incidence)} at the scene centre from the first Ref_'s Height of Ambiguity; null (why[0]
   * set, saying why the column geometry is not known either) when none gives it.
   */
  private static double[] centreGeometry(MetadataElement abs, double wavelengthMetres, String[] why) {
    List<Double> values = new ArrayList<>();
    for (MetadataElement ref : abs.getElement(BASELINES).getElements()) {
      for (MetadataElement secondary : ref.getElements()) {
        double b = secondary.getAttributeDouble(PERP_BASELINE, Double.NaN);
        double hoa = secondary.getAttributeDouble(HEIGHT_OF_AMBIGUITY, Double.NaN);
        double value = -2 * b * hoa / wavelengthMetres;
        if (Math.abs(b) >= 1 && Math.abs(b) <= LONGEST_METRES && hoa != NO_METADATA && value > 0) {
          values.add(value);
        }
      }
      if (!values.isEmpty()) {
        Collections.sort(values);
        return new double[] {values.get(values.size() / 2)};
      }
    }
    why[0] += ", and no Baselines Height of Ambiguity gives R sin(incidence) at the scene centre";
    return null;
  }

  /** {first range, range spacing}; null (why[0] set) when not radar geometry. */
  private static double[] geometry(MetadataElement abs, String[] why) {
    if (abs.getAttributeInt("is_terrain_corrected", 0) == 1) {
      why[0] = "terrain-corrected (is_terrain_corrected 1), so its columns give no slant range";
      return null;
    }
    String[] names = {"slant_range_to_first_pixel", "range_spacing"};
    double[] values = new double[names.length];
    for (int k = 0; k < names.length; k++) {
      values[k] = abs.getAttributeDouble(names[k], Double.NaN);
      if (!(values[k] > 0) || values[k] == NO_METADATA) {
        why[0] = String.format(Locale.ROOT, "%s/%s is %s", RadarWavelength.ABSTRACTED_METADATA,
            names[k], abs.getAttribute(names[k]) == null ? "missing" : abs.getAttributeString(names[k], "?"));
        return null;
      }
    }
    return values;
  }
}
