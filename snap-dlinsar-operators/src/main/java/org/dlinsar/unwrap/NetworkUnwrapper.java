package org.dlinsar.unwrap;

import java.util.List;
import org.dlinsar.ifg.Cycles;
import org.dlinsar.inference.ModelException;
import org.dlinsar.inference.ModelSession;
import org.dlinsar.inference.TiledInference;

/**
 * DL-Unwrap's method {@code DL} on one patch: a network (PUNet) regresses the unwrapped phase up
 * to a constant, which is then made congruent with the data:
 * {@code unw = wrapped + 2 pi round((net + c - wrapped) / 2 pi)}, c the circular mean of
 * {@code wrapped - net} over the weighted pixels, so the result differs from the wrapped phase by
 * whole cycles only. Larger rasters go through {@link TiledUnwrapper}, which stitches patches by
 * whole-cycle consensus; each patch must fit one network tile, since tiles of one regression
 * carry different constants and may not be blended.
 *
 * <p>Inputs as in training: cos and sin of the phase and the coherence, of every pixel, masked
 * ones too (given the weight alone, the weight stands in for the coherence). NaN where the phase
 * is NaN or the weight is 0. Thread-safe.
 */
final class NetworkUnwrapper implements PhaseUnwrapper {

  static final List<String> CHANNELS = List.of("cos_phase", "sin_phase", "coherence");

  private final ModelSession session;
  private final TiledInference inference;

  /** @throws ModelException naming the model when its card's inputs are not {@link #CHANNELS} */
  NetworkUnwrapper(ModelSession session) {
    session.requireChannels("an unwrapping model", CHANNELS);
    this.session = session;
    this.inference = new TiledInference(session);
  }

  /** The patch side TiledUnwrapper may hand over: one network tile. */
  int patchSize() {
    return session.card().tile().size();
  }

  @Override
  public float[] unwrap(float[] phase, float[] weight, int width, int height) {
    return unwrap(phase, weight, weight, width, height);
  }

  @Override
  public float[] unwrap(float[] phase, float[] coherence, float[] weight, int width, int height) {
    if (width > patchSize() || height > patchSize()) {
      throw new IllegalArgumentException("patch " + width + "x" + height + " exceeds the network's"
          + " tile of " + patchSize() + " pixels");
    }
    int n = width * height;
    float[][] planes = new float[3][n];
    for (int i = 0; i < n; i++) {
      boolean data = !Float.isNaN(phase[i]);
      planes[0][i] = data ? (float) Math.cos(phase[i]) : Float.NaN;
      planes[1][i] = data ? (float) Math.sin(phase[i]) : Float.NaN;
      planes[2][i] = coherence[i];
    }
    float[][] net = new float[1][n];
    inference.run(planes, width, height, net);
    double re = 0;
    double im = 0;
    for (int i = 0; i < n; i++) {
      if (!Float.isNaN(phase[i]) && weight[i] > 0) {
        double d = phase[i] - net[0][i];
        re += weight[i] * Math.cos(d);
        im += weight[i] * Math.sin(d);
      }
    }
    double offset = Math.atan2(im, re);
    float[] unwrapped = new float[n];
    for (int i = 0; i < n; i++) {
      if (Float.isNaN(phase[i]) || !(weight[i] > 0)) {
        unwrapped[i] = Float.NaN;
      } else {
        unwrapped[i] = (float) Cycles.nearest(phase[i], net[0][i] + offset);
      }
    }
    return unwrapped;
  }
}
