package org.dlinsar.detect;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.GroundSpacing;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;

/**
 * DL-Detect's test of a box against the terrain under it ({@link TerrainSlope}): LANDSLIDE keeps
 * boxes on slopes, SUBSIDENCE drops blobs whose middle lies on a slope; it runs only with an
 * elevation band and the ground spacing to turn it into slope, and says what it did for the
 * {@code Detections} metadata.
 */
final class SlopeFilter {

  private static final String NO_ELEVATION = "no elevation band";
  /** The classical method's findings, in log lines. */
  static final String BLOBS = "blob(s)";
  /** The network's findings, in log lines. */
  static final String NETWORK_BOXES = "network box(es)";

  private final DetectionRun run;

  SlopeFilter(DetectionRun run) {
    this.run = run;
  }

  /**
   * The boxes on terrain at least {@code minSlopeDeg} steep, all of them without elevation: the
   * box's upper quartile of slope or its middle third's median reaches it ({@link TerrainSlope}).
   *
   * @param what the findings in the log line, {@link #BLOBS} or {@link #NETWORK_BOXES}: with
   *     method DL both are filtered, and two like lines would not say which is which
   */
  <T> List<T> onSlopes(List<T> findings, Function<T, PixelBox> boxOf, double minSlopeDeg, String what) {
    return bySlope(findings, boxOf, filtersLandslides(minSlopeDeg),
        s -> !(s.upperQuartile() < minSlopeDeg) || !(s.middle() < minSlopeDeg),
        what + " dropped on terrain flatter than " + minSlopeDeg + " deg");
  }

  /**
   * The bowls whose middle third's median slope is below {@code maxSlopeDeg}, all of them without
   * elevation: a blob whose middle lies on a slope that steep is a moving slope, which mode
   * LANDSLIDE reports, not a bowl.
   *
   * @param what the findings in the log line, as for {@link #onSlopes}
   */
  <T> List<T> offSlopes(List<T> bowls, Function<T, PixelBox> boxOf, double maxSlopeDeg, String what) {
    return bySlope(bowls, boxOf, filtersBowls(maxSlopeDeg), s -> !(s.middle() >= maxSlopeDeg),
        what + " dropped whose middle lies on slopes of " + maxSlopeDeg
            + " deg or more: moving slopes, which mode LANDSLIDE reports, not bowls");
  }

  /** What {@link #onSlopes} does with {@code minSlopeDeg}, for the {@code Detections} metadata. */
  String landslideRule(double minSlopeDeg) {
    return rule("minSlope", minSlopeDeg, filtersLandslides(minSlopeDeg));
  }

  /** What {@link #offSlopes} does with {@code maxSlopeDeg}, for the {@code Detections} metadata. */
  String bowlRule(double maxSlopeDeg) {
    return rule("maxBowlSlope", maxSlopeDeg, filtersBowls(maxSlopeDeg));
  }

  private static boolean filtersLandslides(double minSlopeDeg) {
    return minSlopeDeg > 0;
  }

  private static boolean filtersBowls(double maxSlopeDeg) {
    return maxSlopeDeg < 90;
  }

  /**
   * A box's slopes, degrees, from one read of its elevation and ring (the middle third lies
   * inside), each figure computed only when a rule asks for it.
   */
  private final class BoxSlopes {
    private final float[] window;
    private final PixelBox grown;
    private final PixelBox box;
    private final GroundSpacing spacing;

    private BoxSlopes(float[] window, PixelBox grown, PixelBox box, GroundSpacing spacing) {
      this.window = window;
      this.grown = grown;
      this.box = box;
      this.spacing = spacing;
    }

    /** The upper quartile of the box's slopes. */
    double upperQuartile() {
      return TerrainSlope.quantileDegrees(window, grown, grown, spacing, TerrainSlope.UPPER_QUARTILE);
    }

    /** The median slope of the box's middle third. */
    double middle() {
      return TerrainSlope.quantileDegrees(window, grown,
          TerrainSlope.middleThird(box).grownWithin(1, run.width, run.height), spacing, 0.5);
    }
  }

  /**
   * The findings whose box's slopes {@code keep} accepts; all of them when {@code on} is false or
   * the product has no elevation.
   */
  private <T> List<T> bySlope(List<T> findings, Function<T, PixelBox> boxOf, boolean on,
      Predicate<BoxSlopes> keep, String droppedWhat) {
    if (findings.isEmpty() || !on) {
      return findings;
    }
    Terrain terrain = terrain();
    if (terrain.elevation() == null) {
      if (!NO_ELEVATION.equals(terrain.missing())) {
        run.log.warning("DL-Detect: no slope filter: " + terrain.missing());
      }
      return findings;
    }
    return run.keeping(findings, f -> {
      PixelBox box = boxOf.apply(f);
      PixelBox grown = box.grownWithin(1, run.width, run.height);
      float[] window = run.rasters.elevation(terrain.elevation(),
          grown.rectangle());
      return keep.test(new BoxSlopes(window, grown, box, terrain.spacing()));
    }, droppedWhat);
  }

  /**
   * The elevation band and the ground spacing that turn it into slope, or what is missing.
   *
   * @param missing why there is no slope, or null
   */
  private record Terrain(Band elevation, GroundSpacing spacing, String missing) {}

  private Terrain terrain() {
    Product withElevation = run.productWith(BandNames.ELEVATION);
    if (withElevation == null) {
      return new Terrain(null, null, NO_ELEVATION);
    }
    // refused naming the band and both sizes when it is not of its product's scene size
    Band elevation = DetectionRun.refusing(
        () -> InterferogramStack.sceneSized(withElevation.getBand(BandNames.ELEVATION)));
    String[] missing = new String[1];
    GroundSpacing spacing = GroundSpacing.of(withElevation, missing);
    // the sources share one raster: a DEM product without radar metadata takes the stack's
    for (int k = 0; spacing == null && k < run.sources.length; k++) {
      spacing = GroundSpacing.of(run.sources[k], new String[1]);
    }
    if (spacing == null) {
      return new Terrain(null, null, "product '" + withElevation.getName() + "' lacks " + missing[0]
          + " to turn elevation into slope, and so do the other sources");
    }
    return new Terrain(elevation, spacing, null);
  }

  /**
   * What a slope filter does: the rule and where its slopes come from, or why it does not run.
   *
   * @param on whether the parameter's value asks for the filter
   */
  private String rule(String parameter, double degrees, boolean on) {
    String rule = parameter + " " + degrees + " deg";
    if (!on) {
      return "off: " + rule;
    }
    Terrain terrain = terrain();
    if (terrain.elevation() == null) {
      return "off: " + terrain.missing();
    }
    return String.format(Locale.ROOT, "%s on band '%s' of '%s', ground spacing %.2f x %.2f m"
        + " from %s%s", rule, BandNames.ELEVATION, terrain.elevation().getProduct().getName(),
        terrain.spacing().xMetres(), terrain.spacing().yMetres(), terrain.spacing().source(),
        terrain.spacing().slantRange() == null ? "" : ", each column's foreshortening undone (a slant-range grid)");
  }
}
