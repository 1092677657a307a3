package org.dlinsar.report;

import org.dlinsar.detect.DetectionsRead;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dlinsar.sbas.SbasSummary;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;

/**
 * What Local-SBAS gave each detection, for the report: the velocity patch around it (from the
 * {@code velocity} band, NaN outside patches) and its time series (from the time-series CSV of
 * CONTRACT.md section 4, with the velocity's uncertainty where the CSV has it), the error bars being the {@code rms_residual} of the detection's
 * peak-velocity pixel, where the CSV's series is taken. The patch and the peak pixel come from
 * the product's {@code Local_SBAS} metadata ({@code patch_px}, {@code peak_px}, and the peak's
 * {@code temporal_coherence}) when it has them;
 * otherwise the patch is the extent of finite velocities around the detection's box and the peak
 * its pixel of largest |velocity|.
 *
 * @param velocity per detection id, its velocity patch
 * @param timeSeries per detection id, its time series
 * @param unwrapping how Local-SBAS's phases were unwrapped (its metadata's {@code unwrapping}), or ""
 */
public record LocalSbasResults(Map<Integer, VelocityPatch> velocity, Map<Integer, TimeSeries> timeSeries,
    String unwrapping) {

  public LocalSbasResults {
    velocity = Map.copyOf(velocity);
    timeSeries = Map.copyOf(timeSeries);
  }

  /** A run without Local-SBAS. */
  public static LocalSbasResults none() {
    return new LocalSbasResults(Map.of(), Map.of(), "");
  }

  /**
   * Reads a Local-SBAS product and its CSV; a missing band, metadata or file leaves that part out.
   *
   * @param product Local-SBAS's product ({@code velocity}, {@code rms_residual}, {@code Local_SBAS})
   * @param csv its {@code <target>.timeseries.csv}
   * @throws IOException when a band or the CSV cannot be read
   */
  public static LocalSbasResults read(Product product, Path csv, List<DetectionsRead.Row> detections)
      throws IOException {
    Band velocityBand = product.getBand("velocity");
    Band rmsBand = product.getBand("rms_residual");
    int w = product.getSceneRasterWidth();
    int h = product.getSceneRasterHeight();
    float[] velocity = velocityBand == null ? new float[0] : DemoFigures.floats(velocityBand);
    float[] rms = rmsBand == null ? new float[0] : DemoFigures.floats(rmsBand);
    Map<Integer, List<TimeSeriesCsvRead.Row>> rows = Files.isRegularFile(csv) ? TimeSeriesCsvRead.read(csv) : Map.of();
    Map<Integer, PixelBox> patches = new HashMap<>();
    Map<Integer, Integer> peaks = new HashMap<>();
    Map<Integer, Double> coherence = new HashMap<>();
    MetadataElement element = product.getMetadataRoot().getElement(SbasSummary.ELEMENT);
    if (element != null) {
      for (MetadataElement d : element.getElements()) {
        int id = d.getAttributeInt("id");
        String patch = d.getAttributeString("patch_px", "");
        String peak = d.getAttributeString("peak_px", "");
        if (!patch.isEmpty()) {
          patches.put(id, PixelBox.parse(patch, SbasSummary.ELEMENT + " patch_px of " + d.getName()));
        }
        if (!peak.isEmpty()) {
          int[] p = integers(peak, 2, "peak_px of " + d.getName());
          peaks.put(id, p[1] * w + p[0]);
        }
        coherence.put(id, d.getAttributeDouble("temporal_coherence", Double.NaN));
      }
    }
    String unwrapping = element == null ? "" : element.getAttributeString("unwrapping", "");
    return of(velocity, rms, w, h, detections, rows, patches, peaks, coherence, unwrapping);
  }

  /** As {@link #of(float[], float[], int, int, List, Map, Map, Map, Map, String)} without metadata. */
  public static LocalSbasResults of(float[] velocity, float[] rms, int width, int height,
      List<DetectionsRead.Row> detections, Map<Integer, List<TimeSeriesCsvRead.Row>> rows) {
    return of(velocity, rms, width, height, detections, rows, Map.of(), Map.of(), Map.of(), "");
  }

  /**
   * @param velocity the {@code velocity} band, mm/year, row-major, or empty when absent
   * @param rms the {@code rms_residual} band, mm, or empty when absent
   * @param rows the time-series CSV's rows per detection id
   * @param patches per detection id, its patch as Local-SBAS reports it
   * @param peaks per detection id, the row-major index of its peak pixel as Local-SBAS reports it
   * @param coherence per detection id, its peak's temporal coherence as Local-SBAS reports it
   * @param unwrapping how Local-SBAS's phases were unwrapped, as it reports it, or ""
   */
  public static LocalSbasResults of(float[] velocity, float[] rms, int width, int height,
      List<DetectionsRead.Row> detections, Map<Integer, List<TimeSeriesCsvRead.Row>> rows,
      Map<Integer, PixelBox> patches, Map<Integer, Integer> peaks, Map<Integer, Double> coherence,
      String unwrapping) {
    boolean hasVelocity = velocity.length == width * height;
    Map<Integer, VelocityPatch> velocityPatches = new HashMap<>();
    Map<Integer, TimeSeries> series = new HashMap<>();
    for (DetectionsRead.Row d : detections) {
      Optional<Integer> peak = Optional.ofNullable(peaks.get(d.id()))
          .or(() -> hasVelocity ? peakPixel(velocity, width, d.box()) : Optional.empty());
      Optional<PixelBox> patch = Optional.ofNullable(patches.get(d.id()))
          .or(() -> hasVelocity && peak.isPresent() ? Optional.of(finiteExtent(velocity, width, height, d.box()))
              : Optional.empty());
      if (hasVelocity) {
        patch.ifPresent(p -> velocityPatches.put(d.id(), VelocityPatch.crop(velocity, width, p)));
      }
      List<TimeSeriesCsvRead.Row> own = rows.getOrDefault(d.id(), List.of());
      if (!own.isEmpty()) {
        List<TimeSeriesCsvRead.Row> sorted = own.stream().sorted(Comparator.comparing(TimeSeriesCsvRead.Row::date)).toList();
        double error = peak.isPresent() && rms.length == width * height ? rms[peak.get()] : Double.NaN;
        series.put(d.id(), new TimeSeries(sorted.stream().map(TimeSeriesCsvRead.Row::date).toList(),
            sorted.stream().map(TimeSeriesCsvRead.Row::displacementMm).toList(), error,
            sorted.get(0).velocityMmPerYear(), sorted.get(0).velocityStdMmPerYear(),
            coherence.getOrDefault(d.id(), Double.NaN),
            List.of(), sorted.get(0).demErrorMetres(), sorted.get(0).velocityDownslopeMmPerYear(),
            sorted.get(0).velocityDownslopeStdMmPerYear()));
      }
    }
    return new LocalSbasResults(velocityPatches, series, unwrapping);
  }

  private static int[] integers(String text, int count, String what) {
    String[] cells = text.split(",");
    if (cells.length != count) {
      throw new IllegalArgumentException(SbasSummary.ELEMENT + " " + what + ": " + count + " integers expected, got '" + text + "'");
    }
    int[] values = new int[count];
    for (int i = 0; i < count; i++) {
      values[i] = Integer.parseInt(cells[i].trim());
    }
    return values;
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
