package org.dlinsar.sim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The atmospheric phase screen of each acquisition date, radians, at any pixel: fractal
 * turbulence, a stratified delay proportional to elevation, and the lookalike cells.
 *
 * <p>screen(d, x, y) = s_d * turbulenceRad * fbm(x, y) + k_d * (h(x, y) - h_ref) / 1000
 * + sum of lookalike cells of date d, with the strength s_d uniform in [0.4, 1.2] and the
 * stratified coefficient k_d ~ N(0, stratifiedRadPerKm) drawn per date (Hanssen 2001, ch. 4).
 * fbm is scaled to about [-1, 1], its standard deviation about 0.2, so turbulenceRad is a
 * strength rather than the screen's spread ({@link AtmosphereSpec}).
 */
final class Atmosphere {

  private static final int STREAM = 2;

  private final AtmosphereSpec spec;
  private final double dxMetres;
  private final double dyMetres;
  private final double referenceElevation;
  private final GradientNoise[] turbulence;
  private final double[] strengthRad;
  private final double[] stratifiedRadPerKm;
  private final List<Lookalike> lookalikes;
  private final GradientNoise cellTexture;
  private final LocalDate[] dates;

  Atmosphere(Scene scene, Terrain terrain) {
    this.spec = scene.atmosphere();
    this.dxMetres = scene.radar().groundRangeSpacingMetres();
    this.dyMetres = scene.radar().azimuthSpacingMetres();
    this.referenceElevation = terrain.referenceElevation();
    int dates = scene.acquisitions().dateCount();
    this.turbulence = new GradientNoise[dates];
    this.strengthRad = new double[dates];
    this.stratifiedRadPerKm = new double[dates];
    for (int d = 0; d < dates; d++) {
      long h = HashRandom.hash(scene.seed(), STREAM, d, 0, 0);
      turbulence[d] = new GradientNoise(HashRandom.stream(h, 0));
      strengthRad[d] = spec.turbulenceRad() * HashRandom.uniform(HashRandom.stream(h, 1), 0.4, 1.2);
      stratifiedRadPerKm[d] = spec.stratifiedRadPerKm() * HashRandom.gaussian(HashRandom.stream(h, 2));
    }
    this.dates = scene.acquisitions().dates().toArray(new LocalDate[0]);
    this.cellTexture = new GradientNoise(HashRandom.hash(scene.seed(), STREAM, -1, 0, 0));
    this.lookalikes = planLookalikes(scene);
  }

  /** The lookalike cells, in id order. */
  List<Lookalike> lookalikes() {
    return lookalikes;
  }

  /**
   * The atmospheric phase of date {@code dateIndex} at pixel (x, y), radians.
   *
   * @param elevationMetres the terrain elevation at the pixel
   */
  double screenRad(int dateIndex, double x, double y, double elevationMetres) {
    double phase = stratifiedRadPerKm[dateIndex] * (elevationMetres - referenceElevation) / 1000.0;
    if (strengthRad[dateIndex] > 0) {
      double u = x * dxMetres / spec.turbulenceScaleMetres();
      double v = y * dyMetres / spec.turbulenceScaleMetres();
      phase += strengthRad[dateIndex] * 1.6 * turbulence[dateIndex].fbm(u, v, 6);
    }
    for (Lookalike cell : lookalikes) {
      if (cell.box().contains((int) x, (int) y) && cell.date().equals(dates[dateIndex])) {
        double sigma = cell.radiusPx() / 2;
        double r2 = sq(x - cell.centreX()) + sq(y - cell.centreY());
        double texture = 1 + 0.3 * cellTexture.fbm(x / 8.0, y / 8.0, 2);
        phase += cell.peakPhaseRad() * texture * StrictMath.exp(-0.5 * r2 / (sigma * sigma));
      }
    }
    return phase;
  }

  private List<Lookalike> planLookalikes(Scene scene) {
    List<Lookalike> planned = new ArrayList<>();
    for (int i = 0; i < spec.lookalikeCount(); i++) {
      long h = HashRandom.hash(scene.seed(), STREAM, 1000 + i, 0, 0);
      int date = (int) StrictMath.min(dates.length - 1, HashRandom.uniform(HashRandom.stream(h, 0)) * dates.length);
      double radius = StrictMath.min(scene.width(), scene.height()) * HashRandom.uniform(HashRandom.stream(h, 1), 0.06, 0.12);
      double cx = HashRandom.uniform(HashRandom.stream(h, 2), 0.1, 0.9) * scene.width();
      double cy = HashRandom.uniform(HashRandom.stream(h, 3), 0.1, 0.9) * scene.height();
      double sign = HashRandom.uniform(HashRandom.stream(h, 4)) < 0.5 ? -1 : 1;
      double peak = sign * spec.lookalikeRad() * HashRandom.uniform(HashRandom.stream(h, 5), 0.7, 1.3);
      PixelBox box = new PixelBox(
          StrictMath.max(0, (int) StrictMath.floor(cx - radius * 1.5)), StrictMath.max(0, (int) StrictMath.floor(cy - radius * 1.5)),
          StrictMath.min(scene.width(), (int) StrictMath.ceil(cx + radius * 1.5) + 1),
          StrictMath.min(scene.height(), (int) StrictMath.ceil(cy + radius * 1.5) + 1));
      planned.add(new Lookalike(i + 1, dates[date], cx, cy, radius, peak, box));
    }
    return List.copyOf(planned);
  }

  private static double sq(double v) {
    return v * v;
  }
}
