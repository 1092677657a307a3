package org.dlinsar.mask;

import java.awt.Dimension;
import java.awt.Rectangle;
import org.dlinsar.inference.ModelException;
import org.dlinsar.inference.ModelRecord;
import org.dlinsar.inference.ModelSession;
import org.dlinsar.inference.TiledInference;

/**
 * DL-Mask's method {@code DL}: a mask network run over a raster region, thresholded. Plain Java
 * on arrays; the operator reads a region grown by {@link #halo()} and keeps its inner tile.
 *
 * <p>The network gives the probability that a pixel's phase is coherent; pixels at or above
 * {@value #COHERENT_PROBABILITY} with data are marked coherent. Samples without data (NaN,
 * 0 + 0i, coherence 0 or NaN) are 0, as under OTSU. Thread-safe.
 */
public final class MaskNetwork {

  /** Probability at and above which a pixel is coherent. */
  public static final float COHERENT_PROBABILITY = 0.5f;

  private final ModelSession session;
  private final TiledInference inference;

  /**
   * @param session a model of task {@code mask}
   * @throws ModelException naming the model when its card's inputs are not {@link MaskInputs#CHANNELS}
   *     or it has other than one output
   */
  public MaskNetwork(ModelSession session) {
    session.requireChannels("a mask model", MaskInputs.CHANNELS);
    this.session = session;
    this.inference = new TiledInference(session);
  }

  /**
   * Where the regions the network masks start and end, pixels: a multiple of its stride, which
   * its own target tiles (the card's tile less two halos, a multiple of 64) keep; a network that
   * pools is not shift-invariant, so a region off its stride gives other values.
   */
  public static final int ALIGNMENT = 64;

  /**
   * The region read to compute {@code core}: grown by {@code halo} on every side, out to
   * multiples of {@code align} (frame pixels), clipped to {@code frame}. With {@link #ALIGNMENT}
   * the network's output at a pixel does not depend on the tiles asked for; a distributed run
   * aligns its tiles' reads the same way, as DL-Mask aligns in the coordinates of what it reads.
   */
  public static Rectangle alignedRegion(Rectangle core, int halo, int align, Rectangle frame) {
    int x0 = Math.floorDiv(core.x - halo, align) * align;
    int y0 = Math.floorDiv(core.y - halo, align) * align;
    int x1 = -Math.floorDiv(-(core.x + core.width + halo), align) * align;
    int y1 = -Math.floorDiv(-(core.y + core.height + halo), align) * align;
    return new Rectangle(x0, y0, x1 - x0, y1 - y0).intersection(frame);
  }

  /** Pixels of context the network needs around a region's inner part (the card's halo). */
  public int halo() {
    return session.card().tile().halo();
  }

  /**
   * The target tile that, grown by the halo on every side, is one tile of the card: the tile
   * size that reads each pixel of context the fewest times.
   */
  public Dimension targetTileSize() {
    int side = session.card().tile().size() - 2 * halo();
    return new Dimension(side, side);
  }

  /** The model, as its card names it: {@code name version}. */
  public String describe() {
    return session.card().name() + " " + session.card().version();
  }

  /** Which network this is and where it runs, as the product records it. */
  public ModelRecord record() {
    return session.record();
  }

  /**
   * Masks one region.
   *
   * @param real real parts, row-major {@code width * height}; not modified
   * @param imaginary imaginary parts; not modified
   * @param coherence coherence; not modified
   * @param logAmplitudeReference the band's median ln|z| ({@link MaskInputs#logAmplitudeReference})
   * @param mask 1 = coherent, 0 = decorrelated or no data; modified
   */
  public void mask(float[] real, float[] imaginary, float[] coherence, int width, int height,
      double logAmplitudeReference, byte[] mask) {
    int n = width * height;
    float[][] planes = new float[MaskInputs.CHANNELS.size()][n];
    MaskInputs.fill(real, imaginary, coherence, logAmplitudeReference, planes);
    float[][] probability = new float[1][n];
    inference.run(planes, width, height, probability);
    for (int i = 0; i < n; i++) {
      boolean data = CoherenceMasker.hasData(real[i], imaginary[i], coherence[i]);
      mask[i] = (byte) (data && probability[0][i] >= COHERENT_PROBABILITY ? 1 : 0);
    }
  }
}
