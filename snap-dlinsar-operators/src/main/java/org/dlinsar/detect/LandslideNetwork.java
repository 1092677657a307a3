package org.dlinsar.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dlinsar.inference.ModelCard;
import org.dlinsar.inference.ModelException;
import org.dlinsar.inference.ModelRecord;
import org.dlinsar.inference.ModelSession;
import org.dlinsar.inference.TiledInference;
import org.dlinsar.sim.PixelBox;

/**
 * DL-Detect's method {@code DL} for landslides: a detection network (task {@code
 * detect-landslide}, snap-dlinsar-models/training/train_landslide.py) run over a strip of a
 * gradient stack's {@link GradientStackInputs}, its cells turned into box proposals. Plain Java
 * on arrays; thread-safe.
 *
 * <p>The network works on a grid of {@value #STRIDE} x {@value #STRIDE} pixel cells and gives,
 * repeated over each cell's pixels, the probability that the cell is the centre of a slide and
 * the distances from the cell's centre to the four sides of the slide's box. Strips and the
 * model's tiles start on multiples of 8 pixels, so every tile sees the frame's one grid of
 * cells; the cell (i, j) is read at its centre pixel (4 j + 2, 4 i + 2), in the padding for
 * the frame's last, partial cells.
 */
public final class LandslideNetwork {

  /** Output channels, in order, as the card names them. */
  public static final List<String> OUTPUTS =
      List.of("objectness", "left_px", "top_px", "right_px", "bottom_px");
  /** Cell side, pixels. */
  static final int STRIDE = 4;
  /** What strips, tiles and halos are multiples of: the network's coarsest stride. */
  static final int ALIGN = 8;

  private final ModelSession session;
  private final TiledInference inference;

  /**
   * @param session a model of task {@code detect-landslide}
   * @throws ModelException naming the model when its card's channels are not {@link
   *     GradientStackInputs#CHANNELS} and {@link #OUTPUTS}, or its tile or halo is no multiple of
   *     {@value #ALIGN}
   */
  public LandslideNetwork(ModelSession session) {
    session.requireChannels("a landslide detection model", GradientStackInputs.CHANNELS, OUTPUTS);
    int size = session.card().tile().size();
    int halo = session.card().tile().halo();
    if (size % ALIGN != 0 || halo % ALIGN != 0) {
      throw new ModelException(session.location() + ": a landslide detection model needs tile"
          + " size and halo in multiples of " + ALIGN + " pixels (its cell grid); its card says "
          + size + " and " + halo);
    }
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
   * The proposals of the cells whose first row lies in rows {@code [from, to)} of the frame.
   *
   * @param planes {@link GradientStackInputs} over rows {@code [stripY, stripY + height)} of the
   *     frame, full width; not modified
   * @param width frame width
   * @param height rows of the strip
   * @param stripY the strip's first row in the frame, a multiple of {@value #ALIGN}
   * @param frameHeight the frame's rows (boxes are clipped to the frame)
   * @param minScore the least objectness kept
   */
  List<BoxSuppression.Proposal> propose(float[][] planes, int width, int height, int stripY,
      int from, int to, int frameHeight, double minScore) {
    if (stripY % ALIGN != 0) {
      throw new IllegalArgumentException("strip starts at row " + stripY
          + "; expected a multiple of " + ALIGN);
    }
    int pw = roundUp(width);
    int ph = roundUp(height);
    float[][] input = new float[planes.length][];
    for (int c = 0; c < planes.length; c++) {
      input[c] = padded(planes[c], width, height, pw, ph);
    }
    float[][] output = new float[OUTPUTS.size()][pw * ph];
    inference.run(input, pw, ph, output);
    List<BoxSuppression.Proposal> proposals = new ArrayList<>();
    // a cell is the strip's when its first row is; a frame's last, partial cells (a width or
    // height 1 to 3 over a multiple of 4) are read at their centre in the padding, as the
    // network repeats each cell's outputs over all its pixels
    int firstCell = Math.max(0, (from - stripY + STRIDE - 1) / STRIDE);
    for (int top = firstCell * STRIDE; top < height && stripY + top < to; top += STRIDE) {
      int v = top + STRIDE / 2;
      for (int left = 0; left < width; left += STRIDE) {
        int u = left + STRIDE / 2;
        int i = v * pw + u;
        float score = output[0][i];
        if (!(score >= minScore)) {
          continue;
        }
        // cell j spans pixel edges 4 j to 4 j + 4: the distances are from its middle edge, u
        double cx = u;
        double cy = stripY + v;
        int x0 = clamp((int) Math.floor(cx - output[1][i]), 0, width - 1);
        int y0 = clamp((int) Math.floor(cy - output[2][i]), 0, frameHeight - 1);
        int x1 = clamp((int) Math.ceil(cx + output[3][i]), x0 + 1, width);
        int y1 = clamp((int) Math.ceil(cy + output[4][i]), y0 + 1, frameHeight);
        proposals.add(new BoxSuppression.Proposal(new PixelBox(x0, y0, x1, y1),
            Math.min(u, width - 1), Math.min(stripY + v, frameHeight - 1), score));
      }
    }
    return proposals;
  }

  private static float[] padded(float[] plane, int width, int height, int pw, int ph) {
    if (pw == width && ph == height) {
      return plane;
    }
    float[] out = new float[pw * ph];
    Arrays.fill(out, Float.NaN);
    for (int y = 0; y < height; y++) {
      System.arraycopy(plane, y * width, out, y * pw, width);
    }
    return out;
  }

  static int roundUp(int n) {
    return (n + ALIGN - 1) / ALIGN * ALIGN;
  }

  private static int clamp(int v, int lo, int hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
