package org.dlinsar.sim;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.dlinsar.ifg.AcquisitionTimes;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.Pair;
import org.dlinsar.ifg.PerpendicularBaselines;
import org.dlinsar.ifg.RadarWavelength;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;

/**
 * Writes a simulated product's metadata as SNAP's SAR toolbox lays it out:
 * {@code Abstracted_Metadata} (radar_frequency in MHz, PASS, MISSION, spacings, times, corner
 * latitudes and longitudes, looks), one {@code Secondary_Metadata} child per secondary date
 * (SNAP 14 names), {@code Abstracted_Metadata/Baselines} as CreateStack writes it (one {@code
 * Ref_<date>} element, the stack's reference image's, where SNAP writes one per image), and {@code
 * DL_InSAR_Simulation} with the scene's parameters; the truth product adds {@code Sites} and
 * {@code Lookalikes}.
 */
final class SimulationMetadata {

  /** Acquisition time of day of every date, seconds after midnight UTC (05:43:21). */
  private static final int TIME_OF_DAY_S = 5 * 3600 + 43 * 60 + 21;
  /** Azimuth time per output line, seconds. */
  private static final double LINE_TIME_S = 0.002055;

  private SimulationMetadata() {}

  /** Adds the metadata of a stack (or truth) product of {@code sim}. Modified: product. */
  static void addStackMetadata(Product product, StackSimulator sim) {
    Scene scene = sim.scene();
    List<LocalDate> dates = sim.dates();
    // the stack's reference image: the first date of a small-baseline stack
    int referenceDate = Math.max(0, scene.acquisitions().referenceDate());
    ProductData.UTC start = utc(dates.get(referenceDate), 0);
    ProductData.UTC stop = utc(dates.get(referenceDate), LINE_TIME_S * scene.height());
    product.setStartTime(start);
    product.setEndTime(stop);
    MetadataElement root = product.getMetadataRoot();
    MetadataElement abs = abstracted(product.getName(), scene, start, stop, sim.pairs());
    abs.addElement(baselines(sim, referenceDate));
    root.addElement(abs);
    MetadataElement secondaries = new MetadataElement(AcquisitionTimes.SECONDARY_METADATA);
    for (int d = 0; d < dates.size(); d++) {
      if (d == referenceDate) {
        continue;
      }
      MetadataElement secondary = abstracted(product.getName(), scene, utc(dates.get(d), 0),
          utc(dates.get(d), LINE_TIME_S * scene.height()), sim.pairs());
      secondary.setName(product.getName() + "_" + BandNames.formatDate(dates.get(d)));
      secondary.setAttributeString("Secondary_bands", bandsWithSecondary(sim.pairs(), dates.get(d),
          scene.acquisitions().referenceDate() != AcquisitionPlan.SMALL_BASELINE));
      secondaries.addElement(secondary);
    }
    root.addElement(secondaries);
    root.addElement(sceneElement(scene));
  }

  /**
   * Adds {@code Sites} and {@code Lookalikes} with the truth of {@code sim}, and {@code Seams} when
   * it has any. Modified: product.
   */
  static void addTruthMetadata(Product product, StackSimulator sim) {
    MetadataElement sites = new MetadataElement("Sites");
    for (Site site : sim.sites()) {
      MetadataElement e = new MetadataElement("site_" + site.id());
      e.setAttributeInt("id", site.id());
      e.setAttributeString("class", site.siteClass().label());
      e.setAttributeString("bbox_px", site.box().toCsv());
      e.setAttributeInt("peak_x", site.peakX());
      e.setAttributeInt("peak_y", site.peakY());
      e.setAttributeDouble("peak_velocity_mm_per_year", site.peakVelocityMmPerYear());
      e.setAttributeDouble("los_projection", site.losProjection());
      e.setAttributeString("history", site.history().kind().name());
      sites.addElement(e);
    }
    product.getMetadataRoot().addElement(sites);
    MetadataElement lookalikes = new MetadataElement("Lookalikes");
    for (Lookalike cell : sim.lookalikes()) {
      MetadataElement e = new MetadataElement("lookalike_" + cell.id());
      e.setAttributeInt("id", cell.id());
      e.setAttributeString("date", BandNames.formatDate(cell.date()));
      e.setAttributeString("bbox_px", cell.box().toCsv());
      e.setAttributeDouble("peak_phase_rad", cell.peakPhaseRad());
      lookalikes.addElement(e);
    }
    product.getMetadataRoot().addElement(lookalikes);
    if (!sim.seams().isEmpty()) {
      MetadataElement seams = new MetadataElement("Seams");
      for (Seam seam : sim.seams()) {
        MetadataElement e = new MetadataElement("seam_" + seam.id());
        e.setAttributeInt("id", seam.id());
        e.setAttributeString("along", seam.along());
        e.setAttributeInt("at", seam.at());
        e.setAttributeInt("from", seam.from());
        e.setAttributeInt("to", seam.to());
        e.setAttributeDouble("rad_per_year", seam.radPerYear());
        if (seam.tiltDegrees() != 0) {
          e.setAttributeDouble("tilt_deg", seam.tiltDegrees());
          e.setAttributeInt("pivot", seam.pivot());
        }
        seams.addElement(e);
      }
      product.getMetadataRoot().addElement(seams);
    }
  }

  private static MetadataElement abstracted(String productName, Scene scene, ProductData.UTC first,
      ProductData.UTC last, List<Pair> pairs) {
    RadarGeometry radar = scene.radar();
    SceneFootprint footprint = new SceneFootprint(scene);
    MetadataElement abs = new MetadataElement(RadarWavelength.ABSTRACTED_METADATA);
    abs.setAttributeString("PRODUCT", productName);
    abs.setAttributeString("PRODUCT_TYPE", "SLC");
    abs.setAttributeString("MISSION", radar.mission());
    abs.setAttributeString("ACQUISITION_MODE", "IW");
    abs.setAttributeString("PASS", radar.pass());
    abs.setAttributeString("SAMPLE_TYPE", "COMPLEX");
    abs.setAttributeString("mds1_tx_rx_polar", SimulatedProductLayout.TAG);
    abs.setAttributeUTC(AcquisitionTimes.FIRST_LINE_TIME, first);
    abs.setAttributeUTC("last_line_time", last);
    abs.setAttributeDouble("line_time_interval", LINE_TIME_S);
    abs.setAttributeDouble(RadarWavelength.RADAR_FREQUENCY, radar.frequencyMHz());
    abs.setAttributeDouble("range_spacing", radar.slantRangeSpacingMetres());
    abs.setAttributeDouble("slant_range_to_first_pixel", radar.slantRangeToFirstPixelMetres(scene.width()));
    abs.setAttributeDouble("azimuth_spacing", radar.azimuthSpacingMetres());
    abs.setAttributeInt("range_looks", scene.looks().range());
    abs.setAttributeInt("azimuth_looks", scene.looks().azimuth());
    abs.setAttributeDouble("incidence_near", radar.incidenceDeg());
    abs.setAttributeDouble("incidence_far", radar.incidenceDeg());
    abs.setAttributeDouble("avg_scene_height", scene.terrain().baseMetres() + 0.5 * scene.terrain().reliefMetres());
    int w = scene.width();
    int h = scene.height();
    corner(abs, "first_near", footprint, 0.5, 0.5);
    corner(abs, "first_far", footprint, w - 0.5, 0.5);
    corner(abs, "last_near", footprint, 0.5, h - 0.5);
    corner(abs, "last_far", footprint, w - 0.5, h - 0.5);
    corner(abs, "centre", footprint, w / 2.0, h / 2.0);
    abs.setAttributeInt("coregistered_stack", 1);
    abs.setAttributeInt("multi_reference_ifg", multiReference(pairs) ? 1 : 0);
    abs.setAttributeInt("is_terrain_corrected", 0);
    return abs;
  }

  /** The stack's baselines as CreateStack writes them, at the scene centre ({@link PerpendicularBaselines#element}). */
  private static MetadataElement baselines(StackSimulator sim, int referenceDate) {
    double[] perpendicular = sim.perpendicularBaselinesMetres();
    double[] relative = new double[perpendicular.length];
    for (int d = 0; d < relative.length; d++) {
      relative[d] = perpendicular[d] - perpendicular[referenceDate];
    }
    RadarGeometry radar = sim.scene().radar();
    int width = sim.scene().width();
    return PerpendicularBaselines.element(sim.dates(), referenceDate, relative, radar.wavelengthMetres(),
        radar.rangeTimesSinIncidence(0.5 * (width - 1), width));
  }

  private static void corner(MetadataElement abs, String name, SceneFootprint footprint, double x, double y) {
    abs.setAttributeDouble(name + "_lat", footprint.latitude(x, y));
    abs.setAttributeDouble(name + "_long", footprint.longitude(x, y));
  }

  private static MetadataElement sceneElement(Scene scene) {
    MetadataElement e = new MetadataElement("DL_InSAR_Simulation");
    e.setAttributeString("scene", scene.name());
    e.setAttributeString("seed", Long.toString(scene.seed()));
    e.setAttributeString("start_date", scene.acquisitions().start().toString());
    e.setAttributeInt("interval_days", scene.acquisitions().intervalDays());
    e.setAttributeInt("dates", scene.acquisitions().dateCount());
    e.setAttributeInt("pair_neighbours", scene.acquisitions().pairNeighbours());
    e.setAttributeInt("max_span_days", scene.acquisitions().maxSpanDays());
    if (scene.acquisitions().referenceDate() != AcquisitionPlan.SMALL_BASELINE) {
      // every date paired with this one instead of its next pair_neighbours
      e.setAttributeInt("reference_date", scene.acquisitions().referenceDate());
    }
    e.setAttributeInt("coherence_window", scene.looks().coherenceWindow());
    e.setAttributeDouble("incidence_deg", scene.radar().incidenceDeg());
    e.setAttributeDouble("heading_deg", scene.radar().headingDeg());
    e.setAttributeDouble("mask_cutoff", scene.decorrelation().maskCutoff());
    if (scene.terrain().demErrorMetres() > 0) {
      e.setAttributeDouble("dem_error_m", scene.terrain().demErrorMetres());
    }
    if (scene.seams().count() > 0) {
      e.setAttributeInt("seams", scene.seams().count());
      e.setAttributeDouble("seam_rad_per_year", scene.seams().radPerYear());
      if (scene.seams().tiltDegrees() > 0) {
        e.setAttributeDouble("seam_tilt_deg", scene.seams().tiltDegrees());
      }
    }
    return e;
  }

  private static boolean multiReference(List<Pair> pairs) {
    return pairs.stream().map(Pair::reference).distinct().count() > 1;
  }

  private static String bandsWithSecondary(List<Pair> pairs, LocalDate secondary,
      boolean singleReference) {
    List<String> names = new ArrayList<>();
    for (Pair pair : pairs) {
      // a single-reference stack pairs each secondary image with the reference, earlier or later
      if (pair.secondary().equals(secondary) || singleReference && pair.reference().equals(secondary)) {
        String suffix = SimulatedProductLayout.suffix(pair);
        names.add(BandNames.real(suffix));
        names.add(BandNames.imaginary(suffix));
        names.add(BandNames.coherence(suffix));
      }
    }
    return String.join(" ", names);
  }

  private static ProductData.UTC utc(LocalDate date, double secondsAfter) {
    long micros = Math.round((TIME_OF_DAY_S + secondsAfter) * 1e6);
    // SNAP's UTC.create takes the date's whole second and the microseconds as its fraction
    long epochMillis = date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()
        + micros / 1_000_000 * 1000;
    return ProductData.UTC.create(new Date(epochMillis), micros % 1_000_000);
  }
}
