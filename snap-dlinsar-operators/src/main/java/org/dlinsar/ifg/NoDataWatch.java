package org.dlinsar.ifg;

import java.awt.Rectangle;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Notices, tile by tile, interferograms whose bands hold no data at all, and says so in one line
 * once every pixel of every interferogram has been seen: bands whose samples are all NaN or
 * 0 + 0i (real and imaginary), or all NaN or 0 (coherence), as SNAP writes where there is no data.
 *
 * <p>Why after the tiles rather than in {@code initialize()}: "no data anywhere" is only known
 * once every sample has been read, which the operators do anyway, tile by tile. Reading every
 * band up front would read the stack twice (Phase-Gradient-Stack runs at about the speed of
 * reading it), and a sparse sample cannot tell a band without data from one with data in a corner
 * only; since SNAP reads source images in whole tiles, even a sparse sample costs whole tiles of
 * every band. Here a band's scan stops at its first sample with data, so ordinary bands cost
 * nothing. Only a run that computes every tile, such as writing the product, gets the line.
 *
 * <p>Thread-safe: tiles are computed in parallel, and the call that completes the raster reports.
 * A tile seen again (recomputed after it left the cache) counts once.
 *
 * <p>A frame computed in parts elsewhere (bin/dlinsar-spark's tiles, each its own product) has
 * each part's watch {@link #silence silenced} and what it {@link #found} folded into the frame's
 * watch ({@link #seen(Rectangle, Found)}), which says the line once, for the frame: a band
 * without data in one part only is no band without data. A copy of the operator on the same raster
 * that reads some of it elsewhere (DL-Unwrap rebuilt in Local-SBAS's Spark tasks) is folded in by
 * the tiles it saw ({@link #seen(Found)}).
 */
public final class NoDataWatch {

  /** An operator that watches its interferograms for no data: its watch, null before it initialised. */
  public interface Holder {
    NoDataWatch noDataWatch();
  }

  /**
   * What a watch has seen: per interferogram in the stack's order, whether its phase and its
   * coherence had data (a sample that is no NaN or 0) in the tiles seen so far, and, for a
   * {@link #silence silenced} watch, those tiles (else none listed).
   */
  public record Found(boolean[] phase, boolean[] coherence, Rectangle[][] tiles) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Band names listed in the line at most; the rest are counted. */
  static final int NAMES_LISTED = 8;

  private final List<Interferogram> interferograms;
  /** Pixels of each interferogram the operator reads: the raster's, or its patches'. */
  private final long rasterPixels;
  /** Where the bands were looked at, after "without data (all NaN or 0)": "" for the raster. */
  private final String where;
  private final String operator;
  private final String someEmpty;
  private final String allEmpty;
  private final Consumer<String> warning;
  private final boolean[] phaseSeen;
  private final boolean[] coherenceSeen;
  /**
   * Each tile seen, with the interferograms seen in it: one entry a tile, not one a tile and
   * interferogram (sets of tiles per interferogram, all growing until the last tile, held 264 MB
   * over 3603 tiles of 1000 interferograms).
   */
  private final Map<Rectangle, BitSet> tilesSeen = new HashMap<>();
  private final long[] pixelsSeen;
  private int interferogramsToSee;
  private volatile boolean silent;

  /**
   * @param interferograms the stack's interferograms, indexed as in {@link #seen}
   * @param width raster width, pixels
   * @param height raster height, pixels
   * @param operator what starts the line: the operator's alias and the product
   *     ({@link InterferogramStack#lineOf})
   * @param someEmpty what empty interferograms mean for the product, e.g. "their masks are 0"
   * @param allEmpty what it means when every interferogram is empty
   * @param warning receives the line, at most once
   */
  public NoDataWatch(List<Interferogram> interferograms, int width, int height, String operator,
      String someEmpty, String allEmpty, Consumer<String> warning) {
    this(interferograms, (long) width * height, "", operator, someEmpty, allEmpty, warning);
  }

  /**
   * A watch over parts of the raster only, as an operator that reads patches reads it: the line
   * comes once {@code pixels} pixels of every interferogram have been seen, in tiles that do not
   * overlap, and says where.
   *
   * @param pixels the pixels of the parts, each counted once
   * @param where where the bands were looked at, e.g. "in the patches around the detections"
   */
  public NoDataWatch(List<Interferogram> interferograms, long pixels, String where, String operator,
      String someEmpty, String allEmpty, Consumer<String> warning) {
    this.interferograms = List.copyOf(interferograms);
    this.rasterPixels = pixels;
    this.where = where;
    this.operator = operator;
    this.someEmpty = someEmpty;
    this.allEmpty = allEmpty;
    this.warning = warning;
    int n = interferograms.size();
    phaseSeen = new boolean[n];
    coherenceSeen = new boolean[n];
    pixelsSeen = new long[n];
    interferogramsToSee = n;
  }

  /**
   * Notes the samples of interferogram {@code index} read for one target tile.
   *
   * @param tile the target tile, which counts toward the whole raster; inside the raster
   * @param samples the samples read for it, possibly over a larger rectangle (a halo)
   */
  public void seen(int index, Rectangle tile, InterferogramTile samples) {
    boolean hasCoherence = interferograms.get(index).hasCoherence();
    boolean scanPhase;
    boolean scanCoherence;
    synchronized (this) {
      scanPhase = !phaseSeen[index];
      scanCoherence = hasCoherence && !coherenceSeen[index];
    }
    // Scanned outside the lock: other tiles need not wait.
    boolean phase = scanPhase && hasPhase(samples.real(), samples.imaginary());
    boolean coherence = scanCoherence && hasCoherence(samples.coherence());
    String line;
    synchronized (this) {
      line = note(index, tile, phase, coherence);
    }
    say(line);
  }

  /**
   * Folds in what another watch {@link #found} over {@code part} of this raster, as if every
   * interferogram's tile {@code part} had been seen here: data it found counts as data here.
   *
   * @param part the pixels the other watch stands for, inside this raster; parts do not overlap
   */
  public void seen(Rectangle part, Found found) {
    if (found.phase().length != interferograms.size() || found.coherence().length != interferograms.size()) {
      throw new IllegalArgumentException("found " + found.phase().length + " interferograms, watching "
          + interferograms.size());
    }
    String line = null;
    synchronized (this) {
      for (int i = 0; i < interferograms.size(); i++) {
        String said = note(i, part, found.phase()[i], found.coherence()[i]);
        line = said != null ? said : line;
      }
    }
    say(line);
  }

  /**
   * Folds in what a silenced watch over the same raster {@link #found}, tile by tile as it saw
   * them: a tile seen by both counts once, and the line comes once every pixel was seen by either.
   */
  public void seen(Found found) {
    if (found.tiles().length != interferograms.size()) {
      throw new IllegalArgumentException("found " + found.tiles().length + " interferograms, watching "
          + interferograms.size());
    }
    String line = null;
    synchronized (this) {
      for (int i = 0; i < interferograms.size(); i++) {
        for (Rectangle tile : found.tiles()[i]) {
          // its data may lie in any of its tiles: each brings it, only the pixels add up
          String said = note(i, tile, found.phase()[i], found.coherence()[i]);
          line = said != null ? said : line;
        }
      }
    }
    say(line);
  }

  /** What this watch has seen so far. */
  public synchronized Found found() {
    Rectangle[][] tiles = new Rectangle[interferograms.size()][];
    for (int i = 0; i < tiles.length; i++) {
      int index = i;
      tiles[i] = !silent ? new Rectangle[0] : tilesSeen.entrySet().stream()
          .filter(seen -> seen.getValue().get(index)).map(Map.Entry::getKey).toArray(Rectangle[]::new);
    }
    return new Found(phaseSeen.clone(), coherenceSeen.clone(), tiles);
  }

  /**
   * From now on the line is not said: another watch, given what this one {@link #found}, says it.
   * Call before any tile is seen: the tiles are kept from then on, for {@link #seen(Found)}.
   */
  public void silence() {
    silent = true;
  }

  /** Records data seen in {@code tile}; the line once the last interferogram's raster is seen, else null. */
  private String note(int index, Rectangle tile, boolean phase, boolean coherence) {
    phaseSeen[index] |= phase;
    coherenceSeen[index] |= coherence;
    if (pixelsSeen[index] < rasterPixels && firstSight(index, tile)) {
      pixelsSeen[index] += (long) tile.width * tile.height;
      if (pixelsSeen[index] >= rasterPixels) {
        interferogramsToSee--;
        if (interferogramsToSee == 0) {
          if (!silent) {
            tilesSeen.clear(); // nothing asks for them again
          }
          return report();
        }
      }
    }
    return null;
  }

  /** Whether interferogram {@code index} is seen in {@code tile} for the first time; notes it. */
  private boolean firstSight(int index, Rectangle tile) {
    BitSet seen = tilesSeen.get(tile);
    if (seen == null) {
      seen = new BitSet(interferograms.size());
      tilesSeen.put(new Rectangle(tile), seen);
    }
    if (seen.get(index)) {
      return false;
    }
    seen.set(index);
    return true;
  }

  private void say(String line) {
    if (line != null && !silent) {
      warning.accept(line);
    }
  }

  /** The line for the empty bands, or null when every interferogram has data. */
  private String report() {
    List<String> empty = new ArrayList<>();
    int emptyInterferograms = 0;
    for (int i = 0; i < interferograms.size(); i++) {
      Interferogram ifg = interferograms.get(i);
      boolean noPhase = !phaseSeen[i];
      boolean noCoherence = ifg.hasCoherence() && !coherenceSeen[i];
      if (noPhase) {
        empty.add(ifg.real().getName());
        empty.add(ifg.imaginary().getName());
      }
      if (noCoherence) {
        empty.add(ifg.coherence().getName());
      }
      emptyInterferograms += noPhase || noCoherence ? 1 : 0;
    }
    return emptyInterferograms == 0 ? null
        : line(operator, empty, emptyInterferograms, interferograms.size(), where, someEmpty, allEmpty);
  }

  /**
   * The one line that names interferograms without data, as every operator words it.
   *
   * @param emptyBands their empty bands' names, the first {@value #NAMES_LISTED} listed
   * @param someEmpty what they mean for the product when others have data
   * @param allEmpty what it means when every interferogram is empty
   */
  public static String line(String operator, List<String> emptyBands, int emptyInterferograms, int interferograms,
      String someEmpty, String allEmpty) {
    return line(operator, emptyBands, emptyInterferograms, interferograms, "", someEmpty, allEmpty);
  }

  /**
   * As the line above, saying where the bands were looked at.
   *
   * @param where e.g. "in the patches around the detections"; empty: the whole raster
   */
  public static String line(String operator, List<String> emptyBands, int emptyInterferograms,
      int interferograms, String where, String someEmpty, String allEmpty) {
    String names = ListedNames.of(emptyBands, NAMES_LISTED);
    where = where.isEmpty() ? "" : " " + where;
    if (emptyInterferograms == interferograms) {
      return operator + ": every interferogram of the stack is without data (all NaN or 0)" + where
          + ": " + names + "; " + allEmpty;
    }
    return operator + ": " + emptyInterferograms + " of " + interferograms
        + " interferograms without data (all NaN or 0)" + where + ": " + names + "; " + someEmpty;
  }

  /** True at the first sample with finite real and imaginary parts, not both 0. */
  public static boolean hasPhase(float[] real, float[] imaginary) {
    for (int i = 0; i < real.length; i++) {
      if (InterferogramTile.hasPhase(real[i], imaginary[i])) {
        return true;
      }
    }
    return false;
  }

  /** True at the first finite, positive coherence. */
  static boolean hasCoherence(float[] coherence) {
    for (float c : coherence) {
      if (c > 0f && Float.isFinite(c)) {
        return true;
      }
    }
    return false;
  }
}
