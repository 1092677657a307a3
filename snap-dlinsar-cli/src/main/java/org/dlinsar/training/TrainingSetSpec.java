package org.dlinsar.training;

/**
 * What a training set holds.
 *
 * @param task the network the shards are for
 * @param scenes number of scenes ({@link org.dlinsar.sim.TrainingScenes}), at least 1
 * @param firstSeed seed of the first scene; scene k has seed {@code firstSeed + k}
 * @param size scene side, pixels, 32 to 4096
 * @param pairsPerScene interferograms taken from each scene (fewer when it has fewer), at least 1
 * @param baselines also write the classical method's answer on every sample (Otsu's mask, or
 *     the classical unwrapper's phase): for held-out sets the networks are scored against
 */
public record TrainingSetSpec(TrainingTask task, int scenes, long firstSeed, int size,
    int pairsPerScene, boolean baselines) {

  /** @throws IllegalArgumentException naming the value out of range */
  public TrainingSetSpec {
    if (scenes < 1) {
      throw new IllegalArgumentException("scenes must be at least 1, got " + scenes);
    }
    if (size < 32 || size > 4096) {
      throw new IllegalArgumentException("size must be 32 to 4096 pixels, got " + size);
    }
    if (baselines && task != TrainingTask.MASK && task != TrainingTask.UNWRAP) {
      throw new IllegalArgumentException("baselines are written for mask and unwrap sets; the"
          + " detectors are scored against the classical method by bench/detect-eval.sh");
    }
    if (pairsPerScene < 1) {
      throw new IllegalArgumentException("pairs per scene must be at least 1, got " + pairsPerScene);
    }
  }
}
