package org.dlinsar.sim;

/**
 * Synthesises the multilooked interferograms, intensities and estimated coherence of a pixel box
 * from correlated complex circular Gaussian SLC samples.
 *
 * <p>Per single-look sample, date d's SLC is {@code sqrt(sigma0) z_d exp(-i phase_d)} with
 * {@code z_d = sqrt(g0) (sqrt(f) c + sqrt(1 - f) m_d) + sqrt(1 - g0) e_d}: c is common to all
 * dates, m_d an AR(1) chain over dates with step correlation exp(-interval / decay), e_d
 * independent. Hence E[z_i conj(z_j)] = g0 (f + (1 - f) exp(-span / decay)), the model of
 * {@link CoherenceModel}, and every interferogram of the stack shares the same SLCs, as in a real
 * stack. Interferogram = mean over samples of reference * conj(secondary); its phase is
 * phase_sec - phase_ref.
 *
 * <p>Coherence needs the multilooked pixels of the window around each pixel, so the box is grown
 * by the window's halo (clipped to the scene) and window sums run in a fixed order over scene
 * pixels: a box computed alone gives bit-identical values to the same pixels of a larger box.
 */
final class InterferogramSynthesizer {

  private static final int STREAM = 4;

  private final StackSimulator sim;
  private final Scene scene;
  private final int pairCount;
  private final int dateCount;
  private final int looks;
  private final int halo;
  private final double intervalDays;

  InterferogramSynthesizer(StackSimulator sim) {
    this.sim = sim;
    this.scene = sim.scene();
    this.pairCount = sim.pairs().size();
    this.dateCount = sim.dates().size();
    this.looks = scene.looks().count();
    this.halo = scene.looks().halo();
    this.intervalDays = scene.acquisitions().intervalDays();
  }

  StackTile synthesize(PixelBox box) {
    PixelBox ext = box.grownWithin(halo, scene.width(), scene.height());
    int ne = ext.width() * ext.height();
    float[][] re = new float[pairCount][ne];
    float[][] im = new float[pairCount][ne];
    float[][] intensity = new float[dateCount][ne];
    float[] elevation = new float[box.width() * box.height()];
    Samples samples = new Samples(dateCount, pairCount);
    PixelState state = new PixelState(dateCount);
    for (int y = ext.y0(); y < ext.y1(); y++) {
      for (int x = ext.x0(); x < ext.x1(); x++) {
        sim.evaluate(x, y, state);
        samples.accumulate(x, y, state);
        int i = (y - ext.y0()) * ext.width() + (x - ext.x0());
        for (int p = 0; p < pairCount; p++) {
          re[p][i] = (float) (samples.ifgRe[p] / looks);
          im[p][i] = (float) (samples.ifgIm[p] / looks);
        }
        for (int d = 0; d < dateCount; d++) {
          intensity[d][i] = (float) (samples.intensity[d] / looks);
        }
        if (box.contains(x, y)) {
          // the DEM's elevation, as SNAP's stack holds it: the truth less the DEM's error
          elevation[(y - box.y0()) * box.width() + (x - box.x0())] =
              (float) (state.elevationMetres - sim.demErrorMetres(x, y));
        }
      }
    }
    double[][] intensitySums = new double[dateCount][];
    for (int d = 0; d < dateCount; d++) {
      intensitySums[d] = windowSums(intensity[d], ext, box);
    }
    float[][] coherence = new float[pairCount][];
    float[][] boxRe = new float[pairCount][];
    float[][] boxIm = new float[pairCount][];
    for (int p = 0; p < pairCount; p++) {
      double[] sumRe = windowSums(re[p], ext, box);
      double[] sumIm = windowSums(im[p], ext, box);
      double[] sumR = intensitySums[sim.referenceIndex(p)];
      double[] sumS = intensitySums[sim.secondaryIndex(p)];
      coherence[p] = new float[sumRe.length];
      for (int i = 0; i < sumRe.length; i++) {
        double denominator = StrictMath.sqrt(sumR[i] * sumS[i]);
        double gamma = denominator > 0 ? StrictMath.hypot(sumRe[i], sumIm[i]) / denominator : 0;
        coherence[p][i] = (float) StrictMath.min(1, gamma);
      }
      boxRe[p] = crop(re[p], ext, box);
      boxIm[p] = crop(im[p], ext, box);
    }
    float[][] boxIntensity = new float[dateCount][];
    for (int d = 0; d < dateCount; d++) {
      boxIntensity[d] = crop(intensity[d], ext, box);
    }
    return new StackTile(box, boxRe, boxIm, coherence, boxIntensity, elevation);
  }

  /**
   * Sums {@code values} (over {@code ext}) in the coherence window around every pixel of
   * {@code box}, clipped to the scene; rows first, then columns, always in scene order.
   */
  private double[] windowSums(float[] values, PixelBox ext, PixelBox box) {
    double[] rowSums = new double[ext.height() * box.width()];
    for (int y = ext.y0(); y < ext.y1(); y++) {
      int row = (y - ext.y0()) * ext.width();
      for (int x = box.x0(); x < box.x1(); x++) {
        double sum = 0;
        for (int xx = StrictMath.max(0, x - halo); xx <= StrictMath.min(scene.width() - 1, x + halo); xx++) {
          sum += values[row + xx - ext.x0()];
        }
        rowSums[(y - ext.y0()) * box.width() + (x - box.x0())] = sum;
      }
    }
    double[] sums = new double[box.width() * box.height()];
    for (int y = box.y0(); y < box.y1(); y++) {
      for (int x = box.x0(); x < box.x1(); x++) {
        double sum = 0;
        for (int yy = StrictMath.max(0, y - halo); yy <= StrictMath.min(scene.height() - 1, y + halo); yy++) {
          sum += rowSums[(yy - ext.y0()) * box.width() + (x - box.x0())];
        }
        sums[(y - box.y0()) * box.width() + (x - box.x0())] = sum;
      }
    }
    return sums;
  }

  private static float[] crop(float[] values, PixelBox ext, PixelBox box) {
    float[] out = new float[box.width() * box.height()];
    for (int y = box.y0(); y < box.y1(); y++) {
      System.arraycopy(values, (y - ext.y0()) * ext.width() + (box.x0() - ext.x0()),
          out, (y - box.y0()) * box.width(), box.width());
    }
    return out;
  }

  /** Per-pixel accumulators over the single-look samples; reused from pixel to pixel. */
  private final class Samples {
    final double[] ifgRe;
    final double[] ifgIm;
    final double[] intensity;
    private final double[] slcRe;
    private final double[] slcIm;
    private final double[] cosPhase;
    private final double[] sinPhase;
    private final double[] gauss = new double[6];

    Samples(int dates, int pairs) {
      ifgRe = new double[pairs];
      ifgIm = new double[pairs];
      intensity = new double[dates];
      slcRe = new double[dates];
      slcIm = new double[dates];
      cosPhase = new double[dates];
      sinPhase = new double[dates];
    }

    /** Sums every sample's interferograms and intensities at pixel (x, y). */
    void accumulate(int x, int y, PixelState state) {
      java.util.Arrays.fill(ifgRe, 0);
      java.util.Arrays.fill(ifgIm, 0);
      java.util.Arrays.fill(intensity, 0);
      double amplitude = StrictMath.sqrt(state.backscatter);
      double g0 = state.coherence[0];
      double floor = state.coherence[1];
      double rho = StrictMath.exp(-intervalDays / state.coherence[2]);
      double innovation = StrictMath.sqrt(1 - rho * rho);
      double common = StrictMath.sqrt(g0 * floor);
      double chain = StrictMath.sqrt(g0 * (1 - floor));
      double thermal = StrictMath.sqrt(1 - g0);
      for (int d = 0; d < dateCount; d++) {
        cosPhase[d] = StrictMath.cos(state.phaseRad[d]);
        sinPhase[d] = StrictMath.sin(state.phaseRad[d]);
      }
      for (int s = 0; s < looks; s++) {
        long base = HashRandom.hash(scene.seed(), STREAM, x, y, s);
        HashRandom.complexGaussian(HashRandom.stream(base, 0), gauss, 0);
        double mRe = 0;
        double mIm = 0;
        for (int d = 0; d < dateCount; d++) {
          HashRandom.complexGaussian(HashRandom.stream(base, 1 + 2L * d), gauss, 2);
          HashRandom.complexGaussian(HashRandom.stream(base, 2 + 2L * d), gauss, 4);
          mRe = d == 0 ? gauss[2] : rho * mRe + innovation * gauss[2];
          mIm = d == 0 ? gauss[3] : rho * mIm + innovation * gauss[3];
          double zRe = common * gauss[0] + chain * mRe + thermal * gauss[4];
          double zIm = common * gauss[1] + chain * mIm + thermal * gauss[5];
          // slc = amplitude * z * exp(-i phase)
          slcRe[d] = amplitude * (zRe * cosPhase[d] + zIm * sinPhase[d]);
          slcIm[d] = amplitude * (zIm * cosPhase[d] - zRe * sinPhase[d]);
          intensity[d] += slcRe[d] * slcRe[d] + slcIm[d] * slcIm[d];
        }
        for (int p = 0; p < pairCount; p++) {
          int r = sim.referenceIndex(p);
          int q = sim.secondaryIndex(p);
          ifgRe[p] += slcRe[r] * slcRe[q] + slcIm[r] * slcIm[q];
          ifgIm[p] += slcIm[r] * slcRe[q] - slcRe[r] * slcIm[q];
        }
      }
    }
  }
}
