package org.dlinsar.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;

/**
 * What Local-SBAS gave each detection, for the report: the velocity patch around it (from the
 * {@code velocity} band, NaN outside patches) and its time series (from the time-series CSV), the
 * error bars being the {@code rms_residual} of the detection's peak-velocity pixel, where the CSV
 * series is taken (CONTRACT.md section 4).
 *
 * @param velocity per detection id, its velocity patch
 * @param timeSeries per detection id, its time series
 */
public record LocalSbasResults(Map<Integer, VelocityPatch> velocity, Map<Integer, TimeSeries> timeSeries) {

  public LocalSbasResults {
    velocity = Map.copyOf(velocity);
    timeSeries = Map.copyOf(timeSeries);
  }

  /** A run without Local-SBAS. */
  public static LocalSbasResults none() {
    return new LocalSbasResults(Map.of(), Map.of());
  }

  /**
   * Reads a Local-SBAS product and its CSV; a missing band or file leaves that part out.
   *
   * @param product Local-SBAS's product ({@code velocity}, {@code rms_residual})
   * @param csv its {@code <target>.timeseries.csv}
   */
  public static LocalSbasResults read(Product product, Path csv, List<DetectionsRead.Row> detections)
      throws IOException {
    Band velocityBand = product.getBand("velocity");
    Band rmsBand = product.getBand("rms_residual");
    int w = product.getSceneRasterWidth();
    int h = product.getSceneRasterHeight();
    float[] velocity = velocityBand == null ? new float[0] : DemoFigures.floats(velocityBand);
    float[] rms = rmsBand == null ? new float[0] : DemoFigures.floats(rmsBand);
    Map<Integer, List<TimeSeriesCsv.Row>> rows = Files.isRegularFile(csv) ? TimeSeriesCsv.read(csv) : Map.of();
    return of(velocity, rms, w, h, detections, rows);
  }

  /**
   * @param velocity the {@code velocity} band, mm/year, row-major, or empty when absent
   * @param rms the {@code rms_residual} band, mm, or empty when absent
   * @param rows the time-series CSV's rows per detection id
   */
  public static LocalSbasResults of(float[] velocity, float[] rms, int width, int height,
      List<DetectionsRead.Row> detections, Map<Integer, List<TimeSeriesCsv.Row>> rows) {
    Map<Integer, VelocityPatch> patches = new HashMap<>();
    Map<Integer, TimeSeries> series = new HashMap<>();
    for (DetectionsRead.Row d : detections) {
      Optional<Integer> peak = velocity.length == width * height
          ? peakPixel(velocity, width, d.box()) : Optional.empty();
      peak.ifPresent(p -> patches.put(d.id(), VelocityPatch.crop(velocity, width,
          finiteExtent(velocity, width, height, d.box()))));
      List<TimeSeriesCsv.Row> own = rows.getOrDefault(d.id(), List.of());
      if (!own.isEmpty()) {
        List<TimeSeriesCsv.Row> sorted = own.stream().sorted(Comparator.comparing(TimeSeriesCsv.Row::date)).toList();
        double error = peak.isPresent() && rms.length == width * height ? rms[peak.get()] : Double.NaN;
        series.put(d.id(), new TimeSeries(sorted.stream().map(TimeSeriesCsv.Row::date).toList(),
            sorted.stream().map(TimeSeriesCsv.Row::displacementMm).toList(), error,
            sorted.get(0).velocityMmPerYear(), List.of()));
      }
    }
    return new LocalSbasResults(patches, series);
  }

  /** Index of the finite sample of largest |velocity| inside {@code box}. */
  private static Optional<Integer> peakPixel(float[] velocity, int width, PixelBox box) {
    int best = -1;
    for (int y = box.y0(); y < box.y1(); y++) {
      for (int x = box.x0(); x < box.x1(); x++) {
        int i = y * width + x;
        if (Float.isFinite(velocity[i]) && (best < 0 || Math.abs(velocity[i]) > Math.abs(velocity[best]))) {
          best = i;
        }
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(best);
  }

  /**
   * The patch Local-SBAS solved around {@code box}: the extent of finite velocities within the
   * box grown by its own size (patches are the box plus a margin, NaN between them).
   */
  private static PixelBox finiteExtent(float[] velocity, int width, int height, PixelBox box) {
    PixelBox search = box.grownWithin(Math.max(box.width(), box.height()), width, height);
    int x0 = Integer.MAX_VALUE;
    int y0 = Integer.MAX_VALUE;
    int x1 = -1;
    int y1 = -1;
    for (int y = search.y0(); y < search.y1(); y++) {
      for (int x = search.x0(); x < search.x1(); x++) {
        if (Float.isFinite(velocity[y * width + x])) {
          x0 = Math.min(x0, x);
          y0 = Math.min(y0, y);
          x1 = Math.max(x1, x + 1);
          y1 = Math.max(y1, y + 1);
        }
      }
    }
    return new PixelBox(x0, y0, x1, y1);
  }
}
