package org.dlinsar.sim;

import java.time.LocalDate;
import java.util.List;

/**
 * Ready-made scenes: {@value #LANDSLIDES} (mountains with slow landslides), {@value #MINING}
 * (flat ground with mining bowls and a lake) and {@value #MIXED} (hills with both).
 *
 * <p>All are 256 x 256 Sentinel-1 IW pixels (about 15 m x 14 m, 4 x 1 looks, 5 x 5 coherence
 * window), 11 acquisitions every 12 days from 2021-01-04, each paired with its next 2.
 */
public final class ScenePresets {

  /** Mountainous terrain with slow landslides. */
  public static final String LANDSLIDES = "landslides";
  /** Flat-ish terrain with mining bowls and a lake. */
  public static final String MINING = "mining";
  /** Hilly terrain with landslides, bowls and a lake. */
  public static final String MIXED = "mixed";
  /** The preset names. */
  public static final List<String> NAMES = List.of(LANDSLIDES, MINING, MIXED);

  private static final AcquisitionPlan PLAN =
      new AcquisitionPlan(LocalDate.of(2021, 1, 4), 12, 11, 2, 0);
  private static final Looks LOOKS = new Looks(4, 1, 5);

  private ScenePresets() {}

  /**
   * The preset of that name over another acquisition plan: its dates every 12 days from its first,
   * {@code dates} of them, each paired with its next {@code neighbours} (the evaluations' scenes,
   * which vary the stack's length).
   *
   * @throws IllegalArgumentException when the name is not one of {@link #NAMES}
   */
  public static Scene named(String name, long seed, int dates, int neighbours) {
    return named(name, seed).withAcquisitions(new AcquisitionPlan(PLAN.start(),
        PLAN.intervalDays(), dates, neighbours, PLAN.maxSpanDays()));
  }

  /**
   * Returns the preset of that name.
   *
   * @throws IllegalArgumentException when the name is not one of {@link #NAMES}
   */
  public static Scene named(String name, long seed) {
    return switch (name) {
      case LANDSLIDES -> landslides(seed);
      case MINING -> mining(seed);
      case MIXED -> mixed(seed);
      default -> throw new IllegalArgumentException(
          "unknown scene preset '" + name + "', expected one of " + NAMES);
    };
  }

  /** Alpine relief (up to 1800 m), vegetated valleys, eight slow landslides on slopes >= 20 deg. */
  public static Scene landslides(long seed) {
    return new Scene(LANDSLIDES, 256, 256, seed, PLAN, RadarGeometry.sentinel1(46.45, 8.10), LOOKS,
        new TerrainSpec(600, 1800, 6000, 0.7, 0, 12),
        new AtmosphereSpec(2.0, 6000, 1.5, 2, 5.0),
        new DecorrelationSpec(0.95, 0.35, 60, 0.75, 0.05, 12, 0.35, DecorrelationSpec.DEFAULT_MASK_CUTOFF),
        new DeformationSpec(0, 20, 20, 6, 6, 8, 10, 150, 16, 48, 20),
        SeamSpec.NONE);
  }

  /** Gentle plain (60 m relief), one lake, five mining bowls from 20 mm/year to 1 m/year. */
  public static Scene mining(long seed) {
    return new Scene(MINING, 256, 256, seed, PLAN, RadarGeometry.sentinel1(50.20, 19.00), LOOKS,
        new TerrainSpec(250, 60, 8000, 0.0, 1, 22),
        new AtmosphereSpec(2.5, 8000, 0.5, 2, 5.0),
        new DecorrelationSpec(0.95, 0.40, 60, 0.70, 0.05, 12, 0.25, DecorrelationSpec.DEFAULT_MASK_CUTOFF),
        new DeformationSpec(5, 20, 1000, 6, 16, 0, 10, 10, 10, 10, 20),
        SeamSpec.NONE);
  }

  /** Hills (700 m relief), one lake, three bowls and four landslides on slopes >= 15 deg. */
  public static Scene mixed(long seed) {
    return new Scene(MIXED, 256, 256, seed, PLAN, RadarGeometry.sentinel1(45.90, 13.60), LOOKS,
        new TerrainSpec(200, 700, 6000, 0.4, 1, 16),
        new AtmosphereSpec(2.0, 6000, 1.0, 2, 5.0),
        new DecorrelationSpec(0.95, 0.35, 60, 0.75, 0.05, 12, 0.30, DecorrelationSpec.DEFAULT_MASK_CUTOFF),
        new DeformationSpec(3, 20, 600, 6, 14, 4, 10, 150, 16, 40, 15),
        SeamSpec.NONE);
  }
}
