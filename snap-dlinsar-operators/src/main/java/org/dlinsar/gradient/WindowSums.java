package org.dlinsar.gradient;

import java.util.Arrays;

/**
 * Window sums of the phasor products of one interferogram, row after row, for the windowed
 * gradients of {@link GradientStacker}: per axis, the sums over the window of the real and
 * imaginary parts of z(+1) conj(z(-1)) of unit phasors, each weighted by the mean weight of its
 * two samples, and of those weights.
 *
 * <p>Everything is computed one row at a time into buffers of a few rows (rings of
 * {@code window + 3} rows), so that what a row touches stays in the processor's cache: the
 * whole-tile arrays of an earlier version made the kernel wait on memory. Rows are padded with
 * {@code h = window / 2} zeros on each side, so that the products of a row, their column sums and
 * the samples all sit at one index, as the loop vectorizer needs (see {@link GradientStacker}); the
 * range neighbours are brought to that index by shifted copies of the row.
 *
 * <p>Products are rounded to whole multiples of 2^-16 (floats holding integers after scaling by
 * 2^16), and 225 of them stay below 2^24, where float adds exactly: a window's sum does not depend
 * on where a running sum started, so tiles and strips stay seamless to the bit. Products using an
 * unusable sample or lying on the tile's edge along their axis are 0. Not thread-safe.
 */
final class WindowSums {

  /** Receives the window sums of one row. */
  interface RowSums {
    /**
     * @param y the row in the tile
     * @param box the six window sums, {@code width} each: azimuth real, imaginary, weight, then
     *     range real, imaginary, weight; valid until the call returns
     * @param usable 1 where the row's own sample is usable, 0 elsewhere, at padded index
     *     {@code x + pad}
     */
    void accept(int y, float[][] box, float[] usable);
  }

  static final float SCALE = 0x1p16f;
  private static final float ROUNDER = 0x1.8p23f;

  private final int width;
  private final int height;
  private final int h;
  private final int padded;
  private final int ring;
  // Sample rows (ring): unit phasor, weight, usability.
  private final float[][] cosine;
  private final float[][] sine;
  private final float[][] weight;
  private final float[][] usable;
  // Product rows (ring), six per row: azimuth re, im, weight, range re, im, weight.
  private final float[][][] products;
  private final float[][] columnSums;
  private final float[][] boxSums;
  // Row work arrays, padded.
  private final float[] real;
  private final float[] imaginary;
  private final float[] mask;
  private final float[] flag;
  private final float[] zeros;
  private final float[] interiorColumns;
  private final float[] allColumns;
  private final float[][] before;
  private final float[][] after;

  WindowSums(int width, int height, int window) {
    this.width = width;
    this.height = height;
    h = window / 2;
    padded = width + 2 * h;
    ring = window + 3;
    cosine = new float[ring][padded];
    sine = new float[ring][padded];
    weight = new float[ring][padded];
    usable = new float[ring][padded];
    products = new float[ring][6][padded];
    columnSums = new float[6][padded];
    boxSums = new float[6][width];
    real = new float[padded];
    imaginary = new float[padded];
    mask = new float[padded];
    flag = new float[padded];
    zeros = new float[padded];
    interiorColumns = new float[padded];
    Arrays.fill(interiorColumns, h + 1, h + width - 1, 1f);
    allColumns = new float[padded];
    Arrays.fill(allColumns, 1f);
    before = new float[4][padded];
    after = new float[4][padded];
  }

  /** Padding of the usable row handed to {@link RowSums#accept}. */
  int pad() {
    return h;
  }

  /**
   * Hands the window sums of rows {@code rowFrom} to {@code rowTo} (exclusive; 1 to height - 1) to
   * {@code sink}, in order.
   */
  void sweep(float[] re, float[] im, float[] maskIn, float[] coherence, int rowFrom, int rowTo,
      RowSums sink) {
    for (float[] c : columnSums) {
      Arrays.fill(c, 0);
    }
    int sampleNext = Math.max(0, rowFrom - h - 1);
    for (int y = rowFrom; y < rowTo; y++) {
      int firstAdded = y == rowFrom ? Math.max(0, y - h) : y + h;
      for (int r = firstAdded; r <= Math.min(height - 1, y + h); r++) {
        while (sampleNext <= Math.min(height - 1, r + 1)) {
          prepareSamples(sampleNext++, re, im, maskIn, coherence);
        }
        computeProducts(r);
        addProducts(r, 1f);
      }
      if (y > rowFrom && y - h - 1 >= 0) {
        addProducts(y - h - 1, -1f);
      }
      boxRows();
      sink.accept(y, boxSums, usable[y % ring]);
    }
  }

  /** Unit phasor, weight and usability of sample row r, at padded index. */
  private void prepareSamples(int r, float[] re, float[] im, float[] maskIn, float[] coherence) {
    int slot = r % ring;
    float[] c = cosine[slot];
    float[] s = sine[slot];
    float[] w = weight[slot];
    float[] u = usable[slot];
    int offset = r * width;
    int from = h;
    int to = h + width;
    System.arraycopy(re, offset, real, from, width);
    System.arraycopy(im, offset, imaginary, from, width);
    for (int x = from; x < to; x++) {
      float a = real[x];
      float b = imaginary[x];
      float power = a * a + b * b;
      float inverse = 1f / (float) Math.sqrt(power); // 0 + 0i: NaN phasor, flagged
      // 0 * power is NaN where the power overflows float (|z| past 1.8e19), which made the phasor
      // 0 + 0i and the sample usable: so flagged too, and its phasor taken again below
      c[x] = a * inverse + 0f * power;
      s[x] = b * inverse + 0f * power;
    }
    if (coherence != null) {
      System.arraycopy(coherence, offset, w, from, width);
    }
    if (maskIn != null) {
      System.arraycopy(maskIn, offset, mask, from, width);
    }
    SampleUsability.weighAndFlag(c, s, maskIn == null ? null : mask,
        coherence == null ? null : w, w, flag, from, to);
    Arrays.fill(u, from, to, 1f);
    for (int x = SampleUsability.nextUnusable(flag, zeros, from, to); x >= 0;
        x = SampleUsability.nextUnusable(flag, zeros, x + 1, to)) {
      if (unitPhasorOfHuge(x, c, s)) {
        SampleUsability.weighAndFlag(c, s, maskIn == null ? null : mask,
            coherence == null ? null : w, w, flag, x, x + 1);
        if (flag[x] == 0f) {
          continue;
        }
      }
      c[x] = 0f;
      s[x] = 0f;
      w[x] = 0f;
      u[x] = 0f;
    }
  }

  /**
   * The unit phasor of padded sample x into {@code c} and {@code s} where its parts are finite
   * but their squares overflow float, in double; false (and nothing written) elsewhere.
   */
  private boolean unitPhasorOfHuge(int x, float[] c, float[] s) {
    float a = real[x];
    float b = imaginary[x];
    if (!Float.isFinite(a) || !Float.isFinite(b) || Float.isFinite(a * a + b * b)) {
      return false;
    }
    double magnitude = Math.hypot(a, b);
    c[x] = (float) (a / magnitude);
    s[x] = (float) (b / magnitude);
    return true;
  }

  /** The six product rows of row r: azimuth from rows r - 1 and r + 1, range from columns. */
  private void computeProducts(int r) {
    float[][] p = products[r % ring];
    if (r >= 1 && r <= height - 2) {
      int b = (r - 1) % ring;
      int a = (r + 1) % ring;
      multiply(cosine[b], sine[b], weight[b], usable[b], cosine[a], sine[a], weight[a], usable[a],
          null, p[0], p[1], p[2]);
    } else {
      Arrays.fill(p[0], 0);
      Arrays.fill(p[1], 0);
      Arrays.fill(p[2], 0);
    }
    int slot = r % ring;
    float[][] rows = {cosine[slot], sine[slot], weight[slot], usable[slot]};
    for (int k = 0; k < 4; k++) {
      System.arraycopy(rows[k], h - 1, before[k], h, width);
      System.arraycopy(rows[k], h + 1, after[k], h, width);
    }
    multiply(before[0], before[1], before[2], before[3], after[0], after[1], after[2], after[3],
        interiorColumns, p[3], p[4], p[5]);
  }

  /**
   * Scaled, rounded products z(after) conj(z(before)) and their weights over the padded row;
   * {@code inside} (or null for all 1) zeroes the tile's edge. Four loops rather than one:
   * HotSpot does not vectorize a loop over a dozen arrays, and these each run several times faster.
   */
  private void multiply(float[] cb, float[] sb, float[] wb, float[] ub, float[] ca, float[] sa,
      float[] wa, float[] ua, float[] inside, float[] re, float[] im, float[] wt) {
    float[] in = inside == null ? allColumns : inside;
    for (int x = 0; x < padded; x++) {
      wt[x] = in[x] * ub[x] * ua[x] * 0.5f * (wb[x] + wa[x]) * SCALE;
    }
    for (int x = 0; x < padded; x++) {
      re[x] = (wt[x] * (ca[x] * cb[x] + sa[x] * sb[x]) + ROUNDER) - ROUNDER;
    }
    for (int x = 0; x < padded; x++) {
      im[x] = (wt[x] * (sa[x] * cb[x] - ca[x] * sb[x]) + ROUNDER) - ROUNDER;
    }
    for (int x = 0; x < padded; x++) {
      wt[x] = (wt[x] + ROUNDER) - ROUNDER;
    }
  }

  /** Adds sign times the product rows of row r to the column sums. */
  private void addProducts(int r, float sign) {
    float[][] p = products[r % ring];
    for (int q = 0; q < 6; q++) {
      float[] c = columnSums[q];
      float[] row = p[q];
      for (int x = 0; x < padded; x++) {
        c[x] += sign * row[x];
      }
    }
  }

  /**
   * Box sums of the six column sums: sums of 2h + 1 consecutive padded entries, running. A
   * running sum cannot vectorize, since each entry waits for the one before; the six rows
   * therefore run in one loop, so their six chains overlap, and each chain is one add per entry
   * (the entry leaving is taken off together with the one arriving). The sums are exact, so this
   * order gives the same bits as any other. Building the window from sums of 1, 2, 4 ... entries,
   * one pass each, measured 36 % slower (JMH {@code addInterferogram}, window 7, JDK 17).
   */
  private void boxRows() {
    float[] p0 = columnSums[0];
    float[] p1 = columnSums[1];
    float[] p2 = columnSums[2];
    float[] p3 = columnSums[3];
    float[] p4 = columnSums[4];
    float[] p5 = columnSums[5];
    float[] b0 = boxSums[0];
    float[] b1 = boxSums[1];
    float[] b2 = boxSums[2];
    float[] b3 = boxSums[3];
    float[] b4 = boxSums[4];
    float[] b5 = boxSums[5];
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    float s4 = 0;
    float s5 = 0;
    int side = 2 * h;
    for (int x = 0; x < side; x++) {
      s0 += p0[x];
      s1 += p1[x];
      s2 += p2[x];
      s3 += p3[x];
      s4 += p4[x];
      s5 += p5[x];
    }
    for (int x = 0; x < width; x++) {
      int in = x + side;
      b0[x] = s0 + p0[in];
      s0 += p0[in] - p0[x];
      b1[x] = s1 + p1[in];
      s1 += p1[in] - p1[x];
      b2[x] = s2 + p2[in];
      s2 += p2[in] - p2[x];
      b3[x] = s3 + p3[in];
      s3 += p3[in] - p3[x];
      b4[x] = s4 + p4[in];
      s4 += p4[in] - p4[x];
      b5[x] = s5 + p5[in];
      s5 += p5[in] - p5[x];
    }
  }
}
