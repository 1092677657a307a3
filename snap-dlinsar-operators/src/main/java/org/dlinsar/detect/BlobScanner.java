package org.dlinsar.detect;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.dlinsar.stats.Select;

/**
 * Scans a whole frame for blobs of a divergence field at a few scales, a strip of rows at a time:
 * the scale-space blob detector (Lindeberg 1998) behind both detection modes.
 *
 * <p>For each radius r the field is smoothed by {@link BoxBlur} (sigma = sqrt(r (r + 1)) pixels)
 * and the local maxima of the response magnitude within {@code 2 rho + 1} pixels square are kept
 * (rho = max(2, ceil sigma)). The noise floor of each scale comes from the response on a fixed
 * grid of pixels (at most {@value #MAX_NOISE_SAMPLES} per scale), so the whole frame's noise is
 * known without holding it. Each strip reads the rows its smoothing and its maxima need beyond it
 * (the halo); a maximum belongs to the strip holding its row. The strips are laid out by the
 * frame's size alone, so the candidates do not depend on the tile grid of the source (nor on the
 * number of threads). Each strip keeps, per scale, its strongest maxima, one per {@value
 * #PIXELS_PER_CANDIDATE} pixels (a frame holding more blobs than that above its noise is noise
 * itself), so memory is bounded by the strips in flight, the noise samples and those candidates.
 * A strip's work arrays are kept for the next strip scanned (of this scan or a later one of the
 * same scanner, as SUBSIDENCE scans every interferogram), one set per strip in flight: allocated
 * anew, they had the JVM zero 58 bytes of fresh memory per pixel of every frame scanned.
 *
 * <p>{@link #scan} runs the strips in parallel on the common fork-join pool (the source must allow
 * that); {@link #scanStrip} and {@link #merge} let them run elsewhere, on other machines too.
 */
final class BlobScanner {

  /** Bytes of work arrays one strip may hold. */
  private static final long STRIP_BYTES = 16L << 20;
  /**
   * Frame-wide arrays of a strip: the field, its response, three scratch, the coverage table and
   * three of the transposed strip (a little wider). Changing it moves the strips, and with them
   * the rounding of every response: keep it.
   */
  private static final int ARRAYS_PER_STRIP = 10;
  static final int MAX_NOISE_SAMPLES = 1 << 16;
  /** Pixels of a strip per candidate it keeps at each scale. */
  static final int PIXELS_PER_CANDIDATE = 256;

  private final int width;
  private final int height;
  private final int[] radii;
  private final int[] neighbourhoods;
  private final int halo;
  private final int stripRows;
  private final int grid;
  private final int gridWidth;
  private final int gridHeight;
  /** Work arrays of strips done, for the next strips (see the class comment). */
  private final Queue<StripBuffers> spare = new ConcurrentLinkedQueue<>();

  /**
   * @param width frame width, pixels
   * @param height frame height, pixels
   * @param radii box radii of the scales, ascending, each >= 1
   * @param stripRows rows per strip, or 0 to size strips by memory and the frame's width
   */
  BlobScanner(int width, int height, int[] radii, int stripRows) {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("frame must be positive, got " + width + " x " + height);
    }
    if (radii.length == 0 || radii[0] < 1) {
      throw new IllegalArgumentException("need radii >= 1, got " + Arrays.toString(radii));
    }
    this.width = width;
    this.height = height;
    this.radii = radii.clone();
    this.neighbourhoods = new int[radii.length];
    int reach = 0;
    for (int s = 0; s < radii.length; s++) {
      neighbourhoods[s] = Math.max(2, (int) Math.ceil(BoxBlur.sigma(radii[s])));
      reach = Math.max(reach, neighbourhoods[s] + BoxBlur.reach(radii[s]));
    }
    this.halo = reach;
    int byMemory = (int) Math.max(1, STRIP_BYTES / ((long) ARRAYS_PER_STRIP * Float.BYTES * width)
        - 2L * halo);
    this.stripRows = stripRows > 0 ? stripRows : Math.max(64, byMemory);
    this.grid = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / MAX_NOISE_SAMPLES)));
    this.gridWidth = (width + grid - 1) / grid;
    this.gridHeight = (height + grid - 1) / grid;
  }

  /** Rows a strip reads beyond its own on either side. */
  int halo() {
    return halo;
  }


  /**
   * The candidates of every scale and the noise floor of each.
   *
   * @param candidates the local maxima, strongest first within each scale
   * @param noise per scale, the floor of its response; null where it had no usable sample
   */
  record Scan(List<BlobCandidate> candidates, RobustNoise[] noise) {

    /**
     * The scan without its candidates at or below their scale's noise median: blobs of phase
     * above their surroundings only, ground moving away from the satellite.
     */
    Scan positive() {
      return new Scan(candidates.stream().filter(c -> noise[c.scale()] != null
          && c.response() > noise[c.scale()].median()).toList(), noise);
    }
  }

  /**
   * Scans the frame, its strips in parallel.
   *
   * @param source the divergence field; called once per strip, from several threads
   * @param checkCancel called before each strip; throws to stop the scan
   */
  Scan scan(DivergenceRows source, Runnable checkCancel) {
    return merge(IntStream.range(0, strips()).parallel().mapToObj(strip -> {
      checkCancel.run();
      return scanStrip(source, strip);
    }).toList());
  }

  /** The frame's strips of rows, laid out by its size alone. */
  int strips() {
    return (height + stripRows - 1) / stripRows;
  }

  /**
   * What one strip of the scan finds: its strongest maxima of every scale and the noise samples
   * of the grid rows it holds. A strip is scanned anywhere its source can be read (another thread
   * or another machine), then merged with the others ({@link #merge}).
   *
   * @param strip the strip's index
   * @param candidates per scale, its strongest maxima
   * @param samples per scale, the noise grid's samples of its rows, row after row
   */
  record StripScan(int strip, List<List<BlobCandidate>> candidates, float[][] samples)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Scans strip {@code strip} of {@link #strips}; safe to call from several threads. */
  StripScan scanStrip(DivergenceRows source, int strip) {
    int y0 = strip * stripRows;
    int y1 = Math.min(height, y0 + stripRows);
    float[][] samples = new float[radii.length][(firstGridRow(y1) - firstGridRow(y0)) * gridWidth];
    return new StripScan(strip, scanStrip(source, y0, y1, samples), samples);
  }

  /** The first row of the noise grid at or below frame row y. */
  private int firstGridRow(int y) {
    return (y + grid - 1) / grid;
  }

  /**
   * The scan of the whole frame from the scans of all its strips, in any order: the candidates
   * of every scale, strongest first, and each scale's noise floor from the samples of them all.
   *
   * @throws IllegalArgumentException when a strip is missing or given twice
   */
  Scan merge(List<StripScan> strips) {
    StripScan[] byIndex = new StripScan[strips()];
    for (StripScan s : strips) {
      if (s.strip() < 0 || s.strip() >= byIndex.length || byIndex[s.strip()] != null) {
        throw new IllegalArgumentException("strip " + s.strip() + " of " + byIndex.length
            + " is out of range or given twice");
      }
      byIndex[s.strip()] = s;
    }
    for (int strip = 0; strip < byIndex.length; strip++) {
      if (byIndex[strip] == null) {
        throw new IllegalArgumentException("strip " + strip + " of " + byIndex.length
            + " was not scanned");
      }
    }
    List<BlobCandidate> all = new ArrayList<>();
    RobustNoise[] noise = new RobustNoise[radii.length];
    for (int s = 0; s < radii.length; s++) {
      List<BlobCandidate> kept = new ArrayList<>();
      float[] samples = new float[gridWidth * gridHeight];
      int at = 0;
      for (StripScan strip : byIndex) {
        kept.addAll(strip.candidates().get(s));
        float[] rows = strip.samples()[s];
        System.arraycopy(rows, 0, samples, at, rows.length);
        at += rows.length;
      }
      kept.sort(BlobCandidate::strongestFirst);
      all.addAll(kept);
      noise[s] = RobustNoise.of(samples);
    }
    return new Scan(List.copyOf(all), noise);
  }

  /**
   * Smooths frame rows y0 to y1 at every scale, samples their noise into {@code samples} (the
   * grid rows of the strip) and returns their strongest maxima.
   */
  private List<List<BlobCandidate>> scanStrip(DivergenceRows source, int y0, int y1,
      float[][] samples) {
    int from = y0 - halo;
    int rows = (y1 + halo) - from;
    StripBuffers w = spare.poll();
    if (w == null) {
      w = new StripBuffers(Math.min(stripRows, height) + 2 * halo);
    }
    try {
      // the strip transposed once, for every scale's passes along x
      int pad = BoxBlur.reach(radii[radii.length - 1]);
      int keep = Math.max(1, (y1 - y0) * width / PIXELS_PER_CANDIDATE);
      source.fill(0, from, width, rows, w.field); // writes every sample: none left from before
      DataCoverage.summedArea(w.field, width, rows, w.covered);
      BoxBlur.transpose(w.field, width, rows, w.t, pad);
      List<List<BlobCandidate>> found = new ArrayList<>();
      for (int s = 0; s < radii.length; s++) {
        BoxBlur.smoothTransposed(w.t, pad, w.response, w.a, w.b, w.u, w.v, width, rows, radii[s]);
        sample(w.response, w.covered, rows, BoxBlur.reach(radii[s]), from, y0, y1, samples[s]);
        found.add(maxima(w.response, w.a, w.b, w.c, w.u, w.v, from, y0, y1, s, keep));
      }
      return found;
    } finally {
      spare.add(w);
    }
  }

  /**
   * The work arrays of a strip of up to {@code rows} rows with its halo: the field, its response,
   * three scratch, the field transposed and two scratch like it, the coverage table. Every step
   * writes the samples it reads later, so arrays left by an earlier strip need no clearing.
   */
  private final class StripBuffers {
    final float[] field;
    final float[] response;
    final float[] a;
    final float[] b;
    final float[] c;
    final float[] t;
    final float[] u;
    final float[] v;
    final int[] covered;

    StripBuffers(int rows) {
      int n = rows * width;
      field = new float[n];
      response = new float[n];
      a = new float[n];
      b = new float[n];
      c = new float[n];
      int transposed = (width + 2 * BoxBlur.reach(radii[radii.length - 1])) * rows;
      t = new float[transposed];
      u = new float[transposed];
      v = new float[transposed];
      covered = new int[(rows + 1) * (width + 1)];
    }
  }

  /**
   * The response at the noise grid's pixels of rows y0 to y1 (into {@code samples}, from the
   * grid row of y0), NaN where too little of the pixel's neighbourhood has data ({@link
   * DataCoverage#enoughAround}).
   */
  private void sample(float[] response, int[] covered, int rows, int reach, int from, int y0,
      int y1, float[] samples) {
    for (int y = firstGridRow(y0) * grid; y < y1; y += grid) {
      int row = (y - from) * width;
      int gridRow = (y / grid - firstGridRow(y0)) * gridWidth;
      for (int x = 0; x < width; x += grid) {
        boolean counts = DataCoverage.enoughAround(covered, width, rows, x, y - from, reach);
        samples[gridRow + x / grid] = counts ? response[row + x] : Float.NaN;
      }
    }
  }

  /**
   * The {@code keep} strongest local maxima of |response| in frame rows y0 to y1: pixels equal to
   * the maximum of their neighbourhood (inside the frame); among equal values the first in
   * row-major order wins.
   */
  private List<BlobCandidate> maxima(float[] response, float[] magnitude, float[] windowMax,
      float[] window, float[] scratchA, float[] scratchB, int from, int y0, int y1, int scale,
      int keep) {
    int rho = neighbourhoods[scale];
    // buffer rows of the frame rows y0 - rho to y1 + rho; rows outside the frame weigh 0
    int first = y0 - rho - from;
    int last = y1 + rho - from;
    for (int r = first; r < last; r++) {
      int y = from + r;
      int row = r * width;
      if (y < 0 || y >= height) {
        Arrays.fill(magnitude, row, row + width, 0f);
      } else {
        for (int x = 0; x < width; x++) {
          magnitude[row + x] = Math.abs(response[row + x]);
        }
      }
    }
    LocalMaxima.alongRows(magnitude, windowMax, width, first, last, rho);
    // the smoothing's scratch (not the transposed strip) is free again: the column maxima's
    LocalMaxima.alongColumns(windowMax, window, width, y0 - from, y1 - from, rho, scratchA,
        scratchB);
    int[] at = new int[64];
    float[] value = new float[64];
    int n = 0;
    for (int i = (y0 - from) * width; i < (y1 - from) * width; i++) {
      float v = magnitude[i];
      if (v > 0f && v == window[i]) {
        if (n == at.length) {
          at = Arrays.copyOf(at, 2 * n);
          value = Arrays.copyOf(value, 2 * n);
        }
        at[n] = i;
        value[n++] = v;
      }
    }
    float floor = n > keep ? Select.kth(Arrays.copyOf(value, n), n, n - keep) : 0f;
    List<BlobCandidate> found = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      int x = at[k] % width;
      int y = from + at[k] / width;
      if (value[k] >= floor && firstOfEquals(magnitude, from, x, y, rho, value[k])) {
        found.add(new BlobCandidate(x, y, scale, response[at[k]]));
      }
    }
    return found;
  }

  /** True when no earlier pixel (row-major) of the neighbourhood has the same magnitude. */
  private boolean firstOfEquals(float[] magnitude, int from, int x, int y, int rho, float v) {
    for (int k = Math.max(0, y - rho); k <= y; k++) {
      int row = (k - from) * width;
      int last = k < y ? Math.min(width - 1, x + rho) : x - 1;
      for (int j = Math.max(0, x - rho); j <= last; j++) {
        if (magnitude[row + j] == v) {
          return false;
        }
      }
    }
    return true;
  }
}
