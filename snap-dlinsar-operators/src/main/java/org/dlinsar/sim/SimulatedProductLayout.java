package org.dlinsar.sim;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.Pair;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.VirtualBand;

/**
 * The bands of the simulated stack and truth products, named and typed as SNAP writes them.
 *
 * <p>Stack, per interferogram (tag {@value #TAG}): {@code i_ifg_VV_<ref>_<sec>} ("real"),
 * {@code q_ifg_VV_<ref>_<sec>} ("imaginary"), both with no-data value 0, {@code coh_VV_<ref>_<sec>}
 * ("coherence"), float32, and the virtual {@code Phase_ifg_VV_<ref>_<sec>} ("phase") with SNAP
 * 14's expression; per acquisition {@code Intensity_VV_<date>} (float32, "intensity", the
 * multilooked SLC intensity of that date); and {@code elevation} (float32, "meters").
 *
 * <p>Truth: {@code mask_ifg_VV_<ref>_<sec>} (uint8, 1 = coherent), {@code velocity} (float32,
 * "mm/year"), {@code site_id} (int32), {@code terrain_class} (uint8: 0 land, 1 water, 2 shadow,
 * 3 layover), {@code slope} (float32, "deg") and {@code elevation}.
 */
final class SimulatedProductLayout {

  /** Polarisation tag of every interferogram band. */
  static final String TAG = "VV";
  /** Preferred tile size: a tile of a stack of many interferograms stays small. */
  static final int TILE_SIZE = 256;
  /** Smallest tile side, pixels. */
  private static final int MIN_TILE_SIZE = 32;

  private SimulatedProductLayout() {}

  /**
   * The side of a square tile: {@value #TILE_SIZE}, or as much less (down to {@value
   * #MIN_TILE_SIZE}, in steps of 16) as keeps two tiles of every band within a quarter of {@code
   * heapBytes}: 999 interferograms (4332 bands) on a 256 MB heap get tiles of 32 pixels.
   */
  static int tileSide(int bands, long heapBytes) {
    double pixels = heapBytes / 4.0 / (2.0 * Float.BYTES * Math.max(1, bands));
    int side = (int) Math.sqrt(pixels) / 16 * 16;
    return Math.max(MIN_TILE_SIZE, Math.min(TILE_SIZE, side));
  }

  /** The interferogram suffix of a pair: {@code VV_<ref>_<sec>}. */
  static String suffix(Pair pair) {
    return TAG + "_" + pair;
  }

  /** Name of the intensity band of an acquisition: {@code Intensity_VV_<ddMMMyyyy>}. */
  static String intensityBand(LocalDate date) {
    return BandNames.INTENSITY_PREFIX + TAG + "_" + BandNames.formatDate(date);
  }

  /**
   * Adds the stack bands to {@code product}. Modified: product.
   *
   * @return the role of every band the simulator computes, in band order
   */
  static Map<Band, BandRole> addStackBands(Product product, List<Pair> pairs, List<LocalDate> dates) {
    Map<Band, BandRole> roles = new LinkedHashMap<>();
    for (int p = 0; p < pairs.size(); p++) {
      String suffix = suffix(pairs.get(p));
      Band re = add(product, roles, BandNames.real(suffix), ProductData.TYPE_FLOAT32,
          BandNames.UNIT_REAL, new BandRole(BandRole.Kind.REAL, p));
      re.setNoDataValue(0);
      re.setNoDataValueUsed(true);
      Band im = add(product, roles, BandNames.imaginary(suffix), ProductData.TYPE_FLOAT32,
          BandNames.UNIT_IMAGINARY, new BandRole(BandRole.Kind.IMAGINARY, p));
      im.setNoDataValue(0);
      im.setNoDataValueUsed(true);
      String expression = "(" + re.getName() + " == 0 && " + im.getName() + " == 0) ? 0 : atan2("
          + im.getName() + ", " + re.getName() + ")";
      VirtualBand phase = new VirtualBand(BandNames.PHASE_PREFIX + suffix, ProductData.TYPE_FLOAT32,
          product.getSceneRasterWidth(), product.getSceneRasterHeight(), expression);
      phase.setUnit("phase");
      phase.setNoDataValue(0);
      phase.setNoDataValueUsed(true);
      product.addBand(phase);
      add(product, roles, BandNames.coherence(suffix), ProductData.TYPE_FLOAT32,
          BandNames.UNIT_COHERENCE, new BandRole(BandRole.Kind.COHERENCE, p));
    }
    for (int d = 0; d < dates.size(); d++) {
      add(product, roles, intensityBand(dates.get(d)), ProductData.TYPE_FLOAT32, "intensity",
          new BandRole(BandRole.Kind.INTENSITY, d));
    }
    add(product, roles, BandNames.ELEVATION, ProductData.TYPE_FLOAT32, BandNames.UNIT_ELEVATION,
        new BandRole(BandRole.Kind.ELEVATION, 0));
    return roles;
  }

  /**
   * Adds the truth bands to {@code product}. Modified: product.
   *
   * @param maskCutoff the scene's truth-mask cutoff on true coherence, for the band description
   * @param demErrs true when the scene's DEM errs: a {@code dem_error} band then says by how much
   * @return the role of every band, in band order
   */
  static Map<Band, BandRole> addTruthBands(Product product, List<Pair> pairs, double maskCutoff,
      boolean demErrs) {
    Map<Band, BandRole> roles = new LinkedHashMap<>();
    for (int p = 0; p < pairs.size(); p++) {
      Band mask = add(product, roles, BandNames.mask(suffix(pairs.get(p))), ProductData.TYPE_UINT8,
          null, new BandRole(BandRole.Kind.MASK, p));
      mask.setDescription("truth: 1 = coherent (land, true coherence >= " + maskCutoff
          + "), 0 = decorrelated, water, shadow or layover");
    }
    add(product, roles, BandNames.VELOCITY, ProductData.TYPE_FLOAT32, "mm/year",
        new BandRole(BandRole.Kind.VELOCITY, 0)).setDescription("truth: LOS velocity, least squares over the dates");
    add(product, roles, "site_id", ProductData.TYPE_INT32, null,
        new BandRole(BandRole.Kind.SITE_ID, 0)).setDescription("truth: id of the deformation site, 0 = none");
    add(product, roles, "terrain_class", ProductData.TYPE_UINT8, null,
        new BandRole(BandRole.Kind.TERRAIN_CLASS, 0)).setDescription("0 land, 1 water, 2 radar shadow, 3 layover");
    add(product, roles, "slope", ProductData.TYPE_FLOAT32, "deg",
        new BandRole(BandRole.Kind.SLOPE, 0)).setDescription("terrain slope");
    add(product, roles, BandNames.ELEVATION, ProductData.TYPE_FLOAT32, BandNames.UNIT_ELEVATION,
        new BandRole(BandRole.Kind.ELEVATION, 0));
    if (demErrs) {
      add(product, roles, BandNames.DEM_ERROR, ProductData.TYPE_FLOAT32, "m",
          new BandRole(BandRole.Kind.DEM_ERROR, 0)).setDescription("truth: the true elevation less the"
              + " DEM's the interferograms were formed with");
    }
    return roles;
  }

  private static Band add(Product product, Map<Band, BandRole> roles, String name, int type,
      String unit, BandRole role) {
    Band band = new Band(name, type, product.getSceneRasterWidth(), product.getSceneRasterHeight());
    if (unit != null) {
      band.setUnit(unit);
    }
    product.addBand(band);
    roles.put(band, role);
    return band;
  }
}
