package org.dlinsar.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The synthetic ground of a scene, evaluable at any pixel on its own: elevation (metres), slope
 * and downslope direction, lakes, vegetation cover, radar shadow and layover, and backscatter.
 *
 * <p>Slopes come from central differences of the elevation function half a pixel either side,
 * never from a raster, so a tile needs no neighbours. Shadow and layover are local (from the
 * slope in range): a slope facing away from the sensor steeper than 90 deg - incidence is in
 * shadow, one facing it steeper than the incidence is in layover. KNOWN LIMITATION: shadows cast
 * by distant ridges are not modelled.
 */
final class Terrain {

  /** Terrain class: ordinary ground. */
  static final int LAND = 0;
  /** Terrain class: open water, zero coherence. */
  static final int WATER = 1;
  /** Terrain class: radar shadow, zero coherence. */
  static final int SHADOW = 2;
  /** Terrain class: layover, zero coherence. */
  static final int LAYOVER = 3;

  private static final int STREAM = 1;
  /** Shore ratio out to which the banks are blended down to the lake level. */
  private static final double SHORE_RATIO = 1.6;

  private final TerrainSpec spec;
  private final double dxMetres;
  private final double dyMetres;
  private final double tanIncidence;
  private final double cotIncidence;
  private final double cosIncidence;
  private final double sinIncidence;
  private final GradientNoise relief;
  private final GradientNoise shore;
  private final GradientNoise vegetation;
  private final double vegetationThreshold;
  private final double patchMetres;
  private final List<Lake> lakes;

  private record Lake(double cx, double cy, double rx, double ry, double angle, double levelMetres) {}

  Terrain(Scene scene) {
    this.spec = scene.terrain();
    this.dxMetres = scene.radar().groundRangeSpacingMetres();
    this.dyMetres = scene.radar().azimuthSpacingMetres();
    double inc = StrictMath.toRadians(scene.radar().incidenceDeg());
    this.tanIncidence = StrictMath.tan(inc);
    this.cotIncidence = 1 / StrictMath.tan(inc);
    this.cosIncidence = StrictMath.cos(inc);
    this.sinIncidence = StrictMath.sin(inc);
    this.relief = new GradientNoise(HashRandom.hash(scene.seed(), STREAM, 1, 0, 0));
    this.shore = new GradientNoise(HashRandom.hash(scene.seed(), STREAM, 2, 0, 0));
    this.vegetation = new GradientNoise(HashRandom.hash(scene.seed(), STREAM, 3, 0, 0));
    this.patchMetres = scene.decorrelation().vegetationPatchMetres();
    this.vegetationThreshold = vegetationThreshold(scene);
    this.lakes = planLakes(scene);
  }

  /** Elevation in metres at pixel (x, y); lakes are flat at their level. */
  double elevation(double x, double y) {
    for (Lake lake : lakes) {
      double q = shoreRatio(lake, x, y);
      if (q < 1) {
        return lake.levelMetres;
      }
      if (q < SHORE_RATIO) {
        // the banks slope gently down to the water instead of ending in a cliff
        double t = smoothStep(1, SHORE_RATIO, q);
        return lake.levelMetres + t * (dem(x, y) - lake.levelMetres);
      }
    }
    return dem(x, y);
  }

  /**
   * Writes the elevation gradient at pixel (x, y), metres per metre, into {@code out[0]}
   * (d/dx, ground range) and {@code out[1]} (d/dy, azimuth). Modified: out.
   */
  void gradient(double x, double y, double[] out) {
    out[0] = (elevation(x + 0.5, y) - elevation(x - 0.5, y)) / dxMetres;
    out[1] = (elevation(x, y + 0.5) - elevation(x, y - 0.5)) / dyMetres;
  }

  /** Terrain slope at pixel (x, y), degrees. */
  double slopeDeg(double x, double y) {
    double[] g = new double[2];
    gradient(x, y, g);
    return StrictMath.toDegrees(StrictMath.atan(StrictMath.hypot(g[0], g[1])));
  }

  /**
   * {@link #LAND}, {@link #WATER}, {@link #SHADOW} or {@link #LAYOVER} at pixel (x, y).
   *
   * @param gradient receives the elevation gradient at (x, y), water included (the truth's slope
   *     band is read from it); modified
   */
  int terrainClass(double x, double y, double[] gradient) {
    gradient(x, y, gradient);
    if (lakeAt(x, y) != null) {
      return WATER;
    }
    double rise = gradient[0]; // elevation gain per metre away from the sensor
    if (rise <= -cotIncidence) {
      return SHADOW;
    }
    if (rise >= tanIncidence) {
      return LAYOVER;
    }
    return LAND;
  }

  /** True when pixel (x, y) is in a lake. */
  boolean isWater(double x, double y) {
    return lakeAt(x, y) != null;
  }

  /** Vegetation cover at pixel (x, y) in [0, 1]: patches covering about the specified share. */
  double vegetationCover(double x, double y) {
    if (vegetationThreshold == Double.POSITIVE_INFINITY) {
      return 0;
    }
    if (vegetationThreshold == Double.NEGATIVE_INFINITY) {
      return 1;
    }
    double n = vegetation.fbm(x * dxMetres / patchMetres, y * dyMetres / patchMetres, 4);
    return smoothStep(vegetationThreshold - 0.06, vegetationThreshold + 0.06, n);
  }

  /**
   * Radar backscatter (linear intensity) of a terrain class: brighter on slopes facing the
   * sensor, dark on water and in shadow, bright in layover.
   *
   * @param gradient the gradient of {@link #gradient} at the pixel; not modified
   */
  double backscatter(int terrainClass, double[] gradient, double vegetationCover) {
    switch (terrainClass) {
      case WATER:
        return 0.01;
      case SHADOW:
        return 0.002;
      case LAYOVER:
        return 1.5;
      default:
        double norm = StrictMath.sqrt(1 + gradient[0] * gradient[0] + gradient[1] * gradient[1]);
        double cosLocal = (gradient[0] * sinIncidence + cosIncidence) / norm;
        double ground = 0.12 * StrictMath.pow(StrictMath.max(0.05, cosLocal) / cosIncidence, 2);
        return ground * (1 - vegetationCover) + 0.18 * vegetationCover;
    }
  }

  /** Mean terrain height used as the reference of the stratified delay, metres. */
  double referenceElevation() {
    return spec.baseMetres() + 0.5 * spec.reliefMetres();
  }

  private double dem(double x, double y) {
    double u = x * dxMetres / spec.featureMetres();
    double v = y * dyMetres / spec.featureMetres();
    double rolling = 0.5 + 0.5 * relief.fbm(u + 101.7, v - 57.3, 6);
    double ridges = spec.ridgeWeight() > 0 ? relief.ridged(u, v, 6) : 0;
    return spec.baseMetres()
        + spec.reliefMetres() * (spec.ridgeWeight() * ridges + (1 - spec.ridgeWeight()) * rolling);
  }

  private Lake lakeAt(double x, double y) {
    for (Lake lake : lakes) {
      if (shoreRatio(lake, x, y) < 1) {
        return lake;
      }
    }
    return null;
  }

  /** Elliptical radius of (x, y) over the lake's irregular shore radius: below 1 is water. */
  private double shoreRatio(Lake lake, double x, double y) {
    double dx = x - lake.cx;
    double dy = y - lake.cy;
    double c = StrictMath.cos(lake.angle);
    double s = StrictMath.sin(lake.angle);
    double u = (dx * c + dy * s) / lake.rx;
    double v = (-dx * s + dy * c) / lake.ry;
    double r = StrictMath.sqrt(u * u + v * v);
    if (r > 2.5) {
      return r;
    }
    return r / (1 + 0.35 * shore.fbm(x / 12.0, y / 12.0, 3));
  }

  private List<Lake> planLakes(Scene scene) {
    List<Lake> planned = new ArrayList<>();
    for (int i = 0; i < spec.lakeCount(); i++) {
      long h = HashRandom.hash(scene.seed(), STREAM, 10, i, 0);
      double r = spec.lakeRadiusPx() * HashRandom.uniform(HashRandom.stream(h, 0), 0.7, 1.3);
      double cx = HashRandom.uniform(HashRandom.stream(h, 1), 0.15, 0.85) * scene.width();
      double cy = HashRandom.uniform(HashRandom.stream(h, 2), 0.15, 0.85) * scene.height();
      double aspect = HashRandom.uniform(HashRandom.stream(h, 3), 0.5, 1.0);
      double angle = HashRandom.uniform(HashRandom.stream(h, 4), 0, StrictMath.PI);
      planned.add(new Lake(cx, cy, r, r * aspect, angle, dem(cx, cy) - 2));
    }
    return List.copyOf(planned);
  }

  /** The noise level above which the requested share of the scene is vegetated. */
  private double vegetationThreshold(Scene scene) {
    double fraction = scene.decorrelation().vegetationFraction();
    if (fraction <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    int n = 4096;
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      long h = HashRandom.hash(scene.seed(), STREAM, 20, i, 0);
      double x = HashRandom.uniform(HashRandom.stream(h, 0)) * scene.width();
      double y = HashRandom.uniform(HashRandom.stream(h, 1)) * scene.height();
      values[i] = vegetation.fbm(x * dxMetres / patchMetres, y * dyMetres / patchMetres, 4);
    }
    Arrays.sort(values);
    int index = (int) StrictMath.min(n - 1, StrictMath.max(0, StrictMath.round((1 - fraction) * n)));
    return fraction >= 1 ? Double.NEGATIVE_INFINITY : values[index];
  }

  private static double smoothStep(double lo, double hi, double v) {
    double t = StrictMath.min(1, StrictMath.max(0, (v - lo) / (hi - lo)));
    return t * t * (3 - 2 * t);
  }
}
