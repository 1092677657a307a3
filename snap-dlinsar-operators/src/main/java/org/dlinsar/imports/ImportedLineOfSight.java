package org.dlinsar.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.dlinsar.ifg.IncidenceAcrossSwath;
import org.esa.snap.core.datamodel.MetadataElement;

/**
 * The radar's line of sight where an imported stack lies, as SNAP's SAR readers write it in
 * Abstracted_Metadata: the flight heading {@code centre_heading} (degrees clockwise from north,
 * 0 to 360), the incidence as {@code incidence_near} and {@code incidence_far} (one value where the
 * files give it at one place, the scene's or the stack's centre; a GAMMA stack in radar geometry's
 * at its first and last columns where its {@code .par} gives GAMMA's geometry of the image) and
 * {@code antenna_pointing} (right, unless a GAMMA parameter file's {@code azimuth_angle} says the
 * antenna looked left: -90 degrees, as GAMMA writes it for left-looking acquisitions; +90 right).
 * {@link org.dlinsar.ifg.LineOfSight} finds the line of sight from these: on a map grid (LiCSAR,
 * PyRate's GeoTIFFs, geocoded GAMMA stacks) from the heading and the incidence, in radar geometry
 * (GAMMA stacks not geocoded) from the incidence alone; with an elevation band Local-SBAS then
 * projects velocities down the slope.
 *
 * @param headingDeg the flight heading, degrees clockwise from north, in [0, 360); NaN where
 *     none is given (radar geometry needs none)
 * @param incidenceNearDeg the incidence at the first column, degrees
 * @param incidenceFarDeg the incidence at the last column, degrees
 * @param firstRangeMetres the slant range of the first column in radar geometry, which {@link
 *     org.dlinsar.ifg.IncidenceAcrossSwath} takes each column's incidence from; NaN where not known
 * @param leftLooking whether the antenna looked left of the flight direction
 * @param note where they were read, as the import metadata records it
 * @param perPixel each pixel's incidence, the {@code incidenceAngleFromEllipsoid} band; null where
 *     the files give the incidence at one place only
 */
record ImportedLineOfSight(double headingDeg, double incidenceNearDeg, double incidenceFarDeg,
    double firstRangeMetres, boolean leftLooking, String note, IncidenceMap perPixel) {

  ImportedLineOfSight {
    headingDeg = inRange(headingDeg);
  }

  /**
   * One incidence for the whole stack, right-looking: every Sentinel-1 acquisition, which is all
   * LiCSAR processes, looks right.
   */
  ImportedLineOfSight(double headingDeg, double incidenceDeg, String note, IncidenceMap perPixel) {
    this(headingDeg, incidenceDeg, incidenceDeg, Double.NaN, false, note, perPixel);
  }

  /** {@code degrees} as a heading in [0, 360); NaN stays NaN. */
  static double inRange(double degrees) {
    double turns = degrees % 360; // exact, unlike adding 360 to a heading already in range
    return turns < 0 ? turns + 360 : turns;
  }

  /**
   * Writes the heading where there is one, the incidence, the first column's slant range where
   * known and the antenna pointing. Modified: abs.
   */
  void describe(MetadataElement abs) {
    if (Double.isFinite(headingDeg)) {
      abs.setAttributeDouble("centre_heading", headingDeg);
    }
    if (Double.isFinite(firstRangeMetres)) {
      abs.setAttributeDouble("slant_range_to_first_pixel", firstRangeMetres);
    }
    abs.setAttributeDouble("incidence_near", incidenceNearDeg);
    abs.setAttributeDouble("incidence_far", incidenceFarDeg);
    abs.setAttributeString("antenna_pointing", leftLooking ? "left" : "right");
  }

  /**
   * From the first of {@code pars} (GAMMA parameter files of the stack's images) that gives both a
   * {@code heading} and an {@code incidence_angle}; none when no file does.
   */
  static FoundInFiles<ImportedLineOfSight> ofParameterFiles(List<Path> pars) {
    List<String> read = new ArrayList<>();
    for (Path par : pars) {
      Map<String, String> values;
      try {
        values = GammaPar.values(par);
      } catch (IOException e) {
        continue;
      }
      read.add(FolderFiles.recorded(par));
      OptionalDouble heading = GammaPar.number(values.get("heading"));
      OptionalDouble incidence = GammaPar.number(values.get("incidence_angle"));
      if (heading.isPresent() && Double.isFinite(heading.getAsDouble()) && incidence.isPresent()
          && IncidenceAcrossSwath.isIncidence(incidence.getAsDouble())) {
        boolean left = leftLooking(values);
        return FoundInFiles.of(new ImportedLineOfSight(heading.getAsDouble(), incidence.getAsDouble(),
            incidence.getAsDouble(), Double.NaN, left, String.format(Locale.ROOT, "GAMMA %s: heading %.2f deg,"
                + " incidence_angle %.2f deg (the scene's centre), %s", FolderFiles.recorded(par),
                heading.getAsDouble(), incidence.getAsDouble(), pointing(values)), null));
      }
    }
    return FoundInFiles.none(read.isEmpty() ? "no GAMMA parameter file of the stack's images was found"
        : "no heading and incidence_angle in " + String.join(", ", read));
  }

  /**
   * A GAMMA stack in radar geometry, whose columns run from near to far range: its {@code .par}'s
   * incidence is all the line of sight needs; none without one.
   */
  static FoundInFiles<ImportedLineOfSight> ofRadarGeometry(GammaPar par) throws IOException {
    if (par.incidenceDeg().isEmpty() || !IncidenceAcrossSwath.isIncidence(par.incidenceDeg().getAsDouble())) {
      return FoundInFiles.none("no incidence_angle in " + FolderFiles.recorded(par.file()));
    }
    double incidence = par.incidenceDeg().getAsDouble();
    Map<String, String> values = GammaPar.values(par.file());
    return FoundInFiles.of(new ImportedLineOfSight(Double.NaN, incidence, incidence, Double.NaN,
        leftLooking(values), String.format(Locale.ROOT, "GAMMA %s: radar geometry, incidence_angle %.2f deg"
            + " (the scene's centre), %s; no heading given, none needed (the columns run from near to far"
            + " range)", FolderFiles.recorded(par.file()), incidence, pointing(values)), null));
  }

  /** This line of sight with each pixel's incidence from {@code map}, whose file the note names. */
  ImportedLineOfSight withPerPixel(IncidenceMap map) {
    return new ImportedLineOfSight(headingDeg, incidenceNearDeg, incidenceFarDeg, firstRangeMetres, leftLooking,
        note + "; each pixel's incidence from " + map.source(), map);
  }

  /**
   * This line of sight over a stack in radar geometry {@code width} columns wide, with the first
   * column's slant range and the incidence at its first and last columns from GAMMA's geometry of
   * the image ({@code near_range_slc}, {@code range_pixel_spacing} and the sphere below the
   * sensor): across Sentinel-1's IW swath the incidence runs from 31 to 46 degrees, where the
   * {@code .par}'s one incidence is its centre's.
   */
  ImportedLineOfSight acrossSwath(GammaSlantGeometry geometry, int width) {
    double near = geometry.incidenceDeg(0);
    double far = geometry.incidenceDeg(width - 1);
    if (width < 2 || !IncidenceAcrossSwath.isIncidence(near) || !IncidenceAcrossSwath.isIncidence(far)) {
      return this;
    }
    return new ImportedLineOfSight(headingDeg, near, far, geometry.nearRangeMetres(), leftLooking, note + String.format(
        Locale.ROOT, "; the incidence %.2f to %.2f deg across the swath from near_range_slc, range_pixel_spacing,"
            + " sar_to_earth_center and earth_radius_below_sensor in %s", near, far,
        FolderFiles.recorded(geometry.file())), perPixel);
  }

  /**
   * Whether a GAMMA parameter file's {@code azimuth_angle} (the antenna's direction from the flight
   * direction: 90 right-looking, -90 left-looking, as GAMMA writes them) says left; right where it
   * is missing.
   */
  static boolean leftLooking(Map<String, String> values) {
    OptionalDouble azimuth = GammaPar.number(values.get("azimuth_angle"));
    return azimuth.isPresent() && inRange(azimuth.getAsDouble()) > 180;
  }

  /** How the note says the pointing: right-looking, or left-looking with the azimuth_angle read. */
  private static String pointing(Map<String, String> values) {
    return leftLooking(values) ? String.format(Locale.ROOT, "left-looking (azimuth_angle %.1f)",
        GammaPar.number(values.get("azimuth_angle")).getAsDouble()) : "right-looking";
  }

}
