package org.dlinsar.detect;

import org.dlinsar.ifg.PhasorPlanes;
import org.dlinsar.inference.ModelCard;
import org.dlinsar.inference.ModelException;
import org.dlinsar.inference.ModelRecord;
import org.dlinsar.inference.ModelSession;
import org.dlinsar.inference.TiledInference;

/**
 * DL-Detect's method {@code DL} for subsidence: DDNet (task {@code detect-subsidence},
 * snap-dlinsar-models/training/train_subsidence.py), the probability that a bowl deforms each
 * pixel of one wrapped interferogram. Plain Java on arrays; thread-safe.
 */
public final class SubsidenceNetwork {

  private final ModelSession session;
  private final TiledInference inference;

  /**
   * @param session a model of task {@code detect-subsidence}
   * @throws ModelException naming the model when its card's channels are not {@link
   *     PhasorPlanes#CHANNELS} and one output
   */
  public SubsidenceNetwork(ModelSession session) {
    session.requireChannels("a subsidence detection model", PhasorPlanes.CHANNELS);
    this.session = session;
    this.inference = new TiledInference(session);
  }

  /** The model's card. */
  ModelCard card() {
    return session.card();
  }

  /** Which network this is and where it runs, as the product records it. */
  ModelRecord record() {
    return session.record();
  }

  /** Rows of context a strip needs above and below its own rows: the card's halo. */
  int halo() {
    return session.card().tile().halo();
  }

  /**
   * @param real real parts, row-major {@code width * height}, 0 + 0i or NaN where no data
   *     (masked); not modified
   * @param imaginary imaginary parts; not modified
   * @param coherence coherence, NaN where none; not modified
   * @param probability the bowl probability, 0 where no data; modified
   */
  void probability(float[] real, float[] imaginary, float[] coherence, int width, int height,
      float[] probability) {
    int n = width * height;
    float[][] planes = new float[PhasorPlanes.CHANNELS.size()][n];
    PhasorPlanes.fill(real, imaginary, coherence, null, planes);
    float[][] out = {probability};
    inference.run(planes, width, height, out);
    for (int i = 0; i < n; i++) {
      if (!(Math.hypot(real[i], imaginary[i]) > 0)) {
        probability[i] = 0f;
      }
    }
  }
}
