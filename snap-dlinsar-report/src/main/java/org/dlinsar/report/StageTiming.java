package org.dlinsar.report;

import java.util.Objects;

/**
 * Wall time of one stage of the run.
 *
 * @param stage what ran ("DL-Mask and Phase-Gradient-Stack, written")
 * @param seconds its wall time, s
 */
public record StageTiming(String stage, double seconds) {

  public StageTiming {
    Objects.requireNonNull(stage, "stage");
  }
}
