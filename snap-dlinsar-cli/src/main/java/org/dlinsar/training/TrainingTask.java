package org.dlinsar.training;

import java.util.List;
import java.util.Locale;

/** The networks training shards are written for, and what each needs. */
public enum TrainingTask {

  /** DL-Mask: {@link org.dlinsar.mask.MaskInputs} in, the true coherent-phase mask out. */
  MASK(org.dlinsar.mask.MaskInputs.CHANNELS),
  /** DL-Unwrap: the phase as cos/sin and the coherence in, the true unwrapped phase out. */
  UNWRAP(org.dlinsar.ifg.PhasorPlanes.CHANNELS),
  /**
   * DL-Detect's landslide network: a gradient stack's {@link
   * org.dlinsar.detect.GradientStackInputs} in, the true boxes of the slides out (one record
   * per scene, {@link LandslideSetWriter}).
   */
  LANDSLIDE(org.dlinsar.detect.GradientStackInputs.CHANNELS),
  /**
   * DL-Detect's subsidence network (DDNet): one wrapped interferogram as cos/sin behind its Otsu
   * mask and the coherence in, where a bowl deforms it by half a radian or more out.
   */
  SUBSIDENCE(org.dlinsar.ifg.PhasorPlanes.CHANNELS);

  private final List<String> channels;

  TrainingTask(List<String> channels) {
    this.channels = channels;
  }

  /** The input channels, in order. */
  public List<String> channels() {
    return channels;
  }

  /** Whether the target is a per-pixel class (uint8), not a phase. */
  boolean classTarget() {
    return this == MASK || this == SUBSIDENCE;
  }

  /** The task's name on the command line and in cards: lower case. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The task of a name, any case.
   *
   * @throws IllegalArgumentException naming the tasks when it is none of them
   */
  public static TrainingTask of(String name) {
    for (TrainingTask task : values()) {
      if (task.label().equalsIgnoreCase(name.trim())) {
        return task;
      }
    }
    throw new IllegalArgumentException("unknown training task '" + name
        + "', expected mask, unwrap, landslide or subsidence");
  }
}
