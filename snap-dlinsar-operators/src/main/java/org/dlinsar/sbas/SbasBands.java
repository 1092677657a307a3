package org.dlinsar.sbas;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.dlinsar.ifg.BandNames;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;

/**
 * The bands Local-SBAS adds to its target (CONTRACT.md section 2), float32 and NaN where there is
 * no value, and what of a patch's result each holds.
 */
final class SbasBands {

  private final Band velocity;
  private final Band velocityStd;
  private final Band rms;
  private final Band temporalCoherence;
  private final Band[] displacement;
  /** Null where no DEM error is fitted. */
  private final Band demError;
  /** Null, with its std, where velocities are not projected down the slope. */
  private final Band velocityDownslope;
  private final Band velocityDownslopeStd;

  /**
   * Adds the bands to {@code target}.
   *
   * @param dates the network's dates, one {@code disp_<date>} band each
   * @param fitsDemError whether {@code dem_error} is fitted
   * @param projectsDownslope whether velocities are projected down the slope
   * @param minLosSensitivity the least |C| a velocity is projected at
   * @param minSlope the least slope it is projected on, degrees
   */
  SbasBands(Product target, List<LocalDate> dates, boolean fitsDemError, boolean projectsDownslope,
      double minLosSensitivity, double minSlope) {
    velocity = add(target, BandNames.VELOCITY, "mm/year",
        "Local-SBAS: LOS velocity, toward the satellite positive; NaN outside the patches");
    velocityStd = add(target, BandNames.VELOCITY_STD, "mm/year",
        "Local-SBAS: the velocity's uncertainty, 1 sigma: the standard error of its line through"
            + " the displacements and the velocity scatter of the patch's still reference ring,"
            + " added in quadrature; NaN outside the patches and where fewer dates than the line's"
            + " parameters plus one");
    rms = add(target, BandNames.RMS_RESIDUAL, "mm",
        "Local-SBAS: root mean square residual of the pairs; NaN outside the patches");
    temporalCoherence = add(target, BandNames.TEMPORAL_COHERENCE, null,
        "Local-SBAS: temporal coherence, |mean exp(i residual phase)| of the pairs (1: the"
            + " network closes); NaN outside the patches and where no pair is redundant");
    demError = !fitsDemError ? null : add(target, BandNames.DEM_ERROR, "m",
        "Local-SBAS: the DEM's error, the true elevation less the DEM's, fitted from the series"
            + " through the dates' perpendicular baselines and taken out of velocity and disp_;"
            + " NaN outside the patches and where a pixel's pairs leave a date unlinked");
    velocityDownslope = !projectsDownslope ? null : add(target, BandNames.VELOCITY_DOWNSLOPE, "mm/year",
        "Local-SBAS: velocity along the slope, down it positive: the LOS velocity over the line of"
            + " sight's share C of a motion down the slope; NaN outside the patches, where |C| < "
            + minLosSensitivity + " and on slopes under " + minSlope + " degrees");
    velocityDownslopeStd = !projectsDownslope ? null : add(target, BandNames.VELOCITY_DOWNSLOPE_STD,
        "mm/year", "Local-SBAS: velocity_downslope's uncertainty, 1 sigma: velocity_std over |C| and C's own"
            + " (the DEM's scatter about its local plane, and C's standard deviation over the 5 x 5 pixels"
            + " around) carried through, in quadrature; NaN where velocity_downslope or velocity_std is");
    displacement = new Band[dates.size()];
    for (int d = 0; d < dates.size(); d++) {
      displacement[d] = add(target, BandNames.displacement(dates.get(d)), "mm",
          "Local-SBAS: LOS displacement since " + dates.get(0) + ", relative to the reference ring; NaN"
              + " outside the patches");
    }
  }

  /** Every band name Local-SBAS may add for these dates: a source's bands of those names are not carried. */
  static Set<String> names(List<LocalDate> dates) {
    Set<String> added = new HashSet<>(List.of(BandNames.VELOCITY, BandNames.VELOCITY_STD,
        BandNames.RMS_RESIDUAL, BandNames.TEMPORAL_COHERENCE, BandNames.DEM_ERROR, BandNames.VELOCITY_DOWNSLOPE,
        BandNames.VELOCITY_DOWNSLOPE_STD));
    dates.forEach(d -> added.add(BandNames.displacement(d)));
    return added;
  }

  /**
   * What of a patch's result {@code band} holds (the LOS velocity for both downslope bands, which
   * project it), or null for a band Local-SBAS did not add.
   */
  Function<PatchResult, float[]> valuesOf(Band band) {
    if (band == velocity || band == velocityDownslope || band == velocityDownslopeStd) {
      return PatchResult::velocityMmPerYear;
    }
    if (band == velocityStd) {
      return PatchResult::velocityStdMmPerYear;
    }
    if (band == rms) {
      return PatchResult::rmsResidualMm;
    }
    if (band == temporalCoherence) {
      return PatchResult::temporalCoherence;
    }
    if (band == demError) {
      return PatchResult::demErrorMetres;
    }
    for (int d = 0; d < displacement.length; d++) {
      if (band == displacement[d]) {
        int date = d;
        return r -> r.displacementMm()[date];
      }
    }
    return null;
  }

  /** Whether {@code band} is {@code velocity_downslope}. */
  boolean isDownslope(Band band) {
    return band != null && band == velocityDownslope;
  }

  /** Whether {@code band} is {@code velocity_downslope_std}. */
  boolean isDownslopeStd(Band band) {
    return band != null && band == velocityDownslopeStd;
  }

  private static Band add(Product target, String name, String unit, String description) {
    Band band = target.addBand(name, ProductData.TYPE_FLOAT32);
    if (unit != null) {
      band.setUnit(unit);
    }
    band.setDescription(description);
    band.setNoDataValue(Double.NaN);
    band.setNoDataValueUsed(true);
    return band;
  }
}
