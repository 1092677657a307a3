package org.dlinsar.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.SiteClass;
import org.dlinsar.sim.TimeHistory;

/** Report pages built from numbers the tests choose, so each assertion knows its answer. */
final class SamplePages {

  static final int WIDTH = 40;
  static final int HEIGHT = 30;
  /** A run of a named build at a known time that ran two networks. */
  static final ReportProvenance PROVENANCE = new ReportProvenance("DL-InSAR 0.1.0+abc123",
      Instant.parse("2026-12-05T13:06:19Z"), List.of(
          new ReportProvenance.Network("DL-Mask", "skrau-mask", "1.0.0", "a".repeat(64)),
          new ReportProvenance.Network("DL-Detect", "yolo-landslide", "1.2.0", "b".repeat(64))));
  static final List<LocalDate> DATES = List.of(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 3, 5),
      LocalDate.of(2021, 5, 4), LocalDate.of(2021, 7, 3), LocalDate.of(2021, 9, 1));

  private SamplePages() {
  }

  /** A site at {@code box} whose peak moves at {@code velocityMmPerYear}. */
  static Site site(int id, PixelBox box, double velocityMmPerYear) {
    List<Double> series = DATES.stream()
        .map(d -> velocityMmPerYear * (d.toEpochDay() - DATES.get(0).toEpochDay()) / 365.25).toList();
    return new Site(id, SiteClass.LANDSLIDE, box, box.x0(), box.y0(), velocityMmPerYear,
        new TimeHistory(TimeHistory.Kind.LINEAR, velocityMmPerYear, 0, 0, 0), series, 1);
  }

  /** A steady series at {@code velocityMmPerYear} with error bars of {@code errorMm}. */
  static TimeSeries series(double velocityMmPerYear, double errorMm) {
    List<Double> mm = DATES.stream()
        .map(d -> velocityMmPerYear * (d.toEpochDay() - DATES.get(0).toEpochDay()) / 365.25).toList();
    return new TimeSeries(DATES, mm, errorMm, velocityMmPerYear, 0.97, List.of());
  }

  /** A frame-wide ramp with a NaN corner (no data). */
  static RasterPanel ramp(String title) {
    float[] values = new float[WIDTH * HEIGHT];
    for (int i = 0; i < values.length; i++) {
      values[i] = i % WIDTH < 3 && i / WIDTH < 3 ? Float.NaN : (i % WIDTH) - WIDTH / 2f;
    }
    return new RasterPanel(title, values, WIDTH, HEIGHT, ColourScale.symmetric(ColourMap.DIVERGING, values,
        "rad/pixel/year"), List.of(BoxLayer.of("true site", "#111111", List.of(new PixelBox(5, 5, 12, 10)))),
        "a ramp");
  }

  /** A velocity patch over {@code box}, -velocity at its centre falling to 0 at its edges. */
  static VelocityPatch patch(PixelBox box, double velocityMmPerYear) {
    float[] v = new float[box.width() * box.height()];
    for (int y = 0; y < box.height(); y++) {
      for (int x = 0; x < box.width(); x++) {
        double dx = (x - box.width() / 2.0) / box.width();
        double dy = (y - box.height() / 2.0) / box.height();
        v[y * box.width() + x] = (float) (velocityMmPerYear * Math.max(0, 1 - 4 * (dx * dx + dy * dy)));
      }
    }
    return new VelocityPatch(box, v);
  }

  /**
   * Two detections: the first on a site with a time series (estimate {@code estimated}, truth
   * {@code trueVelocity}) and a velocity patch, the second on no site and without Local-SBAS.
   */
  static ReportPage withOneTimeSeries(double estimated, double trueVelocity) {
    PixelBox box = new PixelBox(5, 5, 12, 10);
    List<DetectionEntry> detections = new ArrayList<>();
    detections.add(new DetectionEntry(1, "landslide", 0.91, box, 8.1, 46.4,
        Optional.of(site(3, box, trueVelocity)), Optional.of(series(estimated, 2.5)),
        Optional.of(patch(new PixelBox(2, 2, 15, 13), estimated))));
    detections.add(new DetectionEntry(2, "landslide", 0.62, new PixelBox(20, 15, 26, 22), 8.2, 46.3,
        Optional.empty(), Optional.empty(), Optional.empty()));
    return new ReportPage("Sample report", List.of("a constructed page"),
        List.of(ramp("ramp one"), ramp("ramp two")), detections, Optional.of(truth()),
        List.of(new StageTiming("mask", 1.5), new StageTiming("detect", 0.5)),
        new ProcessedArea(143, WIDTH * HEIGHT, "the patches Local-SBAS solved"), PROVENANCE);
  }

  static TruthSummary truth() {
    DetectionScores scores = DetectionScores.of(List.of(new PixelBox(5, 5, 12, 10)),
        List.of(new PixelBox(5, 5, 12, 10)), List.of(true));
    return new TruthSummary("DL (model skrau-mask 1.0.0)", 0.8, 0.6, 0.7, 3, scores, scores, scores, 0,
        List.of());
  }
}
