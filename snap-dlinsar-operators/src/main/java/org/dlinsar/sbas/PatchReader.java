package org.dlinsar.sbas;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.BandProvenance;
import org.dlinsar.ifg.ElevationVoids;
import org.dlinsar.ifg.Interferogram;
import org.dlinsar.ifg.InterferogramReads;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.ifg.InterferogramTile;
import org.dlinsar.ifg.InterferogramTiles;
import org.dlinsar.ifg.NoDataWatch;
import org.dlinsar.ifg.UnwrappedPhaseBands;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.gpf.Operator;

/**
 * Reads a patch of every interferogram through the operator's source tiles: the wrapped phase
 * atan2(q, i) and the coherence, or the unwrapped phases when every interferogram has one
 * ({@link UnwrappedPhaseBands}: DL-Unwrap's {@code Unw_Phase_ifg_<suffix>} or SnaphuImport's
 * {@code Unw_Phase_ifg_<ref>_<sec>}). Samples without data (NaN, 0 + 0i) get phase NaN
 * and coherence 0; pixels of coherence NaN or 0 and pixels a {@code mask_ifg_<suffix>} band marks
 * 0 get coherence 0, and phase NaN when it comes unwrapped. Wrapped, they keep their phase, as
 * DL-Unwrap's input does ({@code UnwrapInput}): at weight 0 the unwrapper unwraps across them and
 * gives them NaN, where as no data they would cut the patch into parts unwrapped apart, a cycle
 * off one another (real stacks: a third of Sydney's frame 28 mm off on one date). The
 * {@code elevation} band, when a source has one, comes with the patch.
 */
final class PatchReader {

  private final Operator operator;
  private final List<Interferogram> interferograms;
  private final Band[] unwrapped;
  private final UnwrappedPhaseBands unwrappedFound;
  private final Band[] masks;
  private final Band elevation;
  /** Notes what is read where the boxes read partition the frame (scope FULL); else null. */
  private NoDataWatch noData;

  PatchReader(Operator operator, InterferogramStack stack) {
    this.operator = operator;
    this.interferograms = stack.interferograms();
    int n = interferograms.size();
    this.masks = new Band[n];
    for (int p = 0; p < n; p++) {
      masks[p] = stack.maskBandOf(interferograms.get(p));
    }
    this.unwrappedFound = UnwrappedPhaseBands.of(stack);
    this.unwrapped = unwrappedFound.complete() ? unwrappedFound.bands() : null;
    Band dem = null;
    for (org.esa.snap.core.datamodel.Product product : stack.products()) {
      dem = dem != null ? dem : product.getBand(BandNames.ELEVATION);
    }
    this.elevation = InterferogramStack.sceneSized(dem);
  }

  /** Has interferograms without data named once every box of a partition of the frame was read. */
  void watchNoData(NoDataWatch watch) {
    noData = watch;
  }

  /** True when a source has an {@code elevation} band. */
  boolean hasElevation() {
    return elevation != null;
  }

  /** The heights over {@code box}, voids NaN; null without an elevation band. */
  float[] elevation(PixelBox box) {
    return elevation == null ? null : ElevationVoids.toNoData(
        operator.getSourceTile(elevation, box.rectangle()).getSamplesFloat());
  }

  /** True when the phases come unwrapped from Unw_Phase_ifg_* bands. */
  boolean readsUnwrapped() {
    return unwrapped != null;
  }

  /**
   * One line when the sources hold Unw_Phase_ifg_ bands but not one for every interferogram, so
   * that they are unwrapped again; else empty.
   */
  Optional<String> unwrappedBandsLeft(String operatorName) {
    return unwrappedFound.warning(operatorName,
        "every interferogram is unwrapped again with DL-Unwrap's CLASSICAL unwrapper");
  }

  /**
   * How the phases are unwrapped, for the metadata: what the first Unw_Phase_ifg_* band's
   * description says before its colon (DL-Unwrap writes its method and model there), or
   * Local-SBAS's own classical unwrapping.
   */
  String unwrapping() {
    if (unwrapped == null) {
      return "Local-SBAS, DL-Unwrap's CLASSICAL unwrapper";
    }
    String made = BandProvenance.of(unwrapped[0]);
    return made != null ? made : unwrapped[0].getName() + " bands";
  }

  /** Reads one patch, {@code readsAtOnce} interferograms at once; its arrays are new. */
  PatchStack read(PixelBox box, int readsAtOnce) {
    return read(List.of(box), readsAtOnce).get(0);
  }

  /**
   * Reads patches together, interferogram by interferogram: each interferogram over every box,
   * {@code readsAtOnce} interferograms at once ({@link InterferogramReads}). The patches of a frame
   * share upstream tiles (DL-Mask's tile of an interferogram covers a crop's patches, DL-Unwrap
   * unwraps overlapping patches as one region): read one after the other, their threads took
   * turns computing each tile, and read apart, each patch would have the tiles computed again once
   * the cache had let them go. Their arrays are new.
   */
  List<PatchStack> read(List<PixelBox> boxes, int readsAtOnce) {
    int patches = boxes.size();
    int pairs = interferograms.size();
    float[][][] phase = new float[patches][pairs][];
    float[][][] coherence = new float[patches][pairs][];
    boolean[][] withoutData = new boolean[patches][pairs];
    InterferogramReads.forEach(pairs, readsAtOnce, p -> {
      for (int b = 0; b < patches; b++) {
        readInterferogram(p, boxes.get(b), phase[b], coherence[b], withoutData[b]);
      }
    });
    List<PatchStack> stacks = new ArrayList<>(patches);
    for (int b = 0; b < patches; b++) {
      PixelBox box = boxes.get(b);
      // a DEM's voids (-32768) in the ring would take the stratified delay's fit over
      float[] dem = elevation(box);
      stacks.add(new PatchStack(box, phase[b], coherence[b], unwrapped != null, dem,
          withoutData[b]));
    }
    return stacks;
  }

  /** Interferogram {@code p} over {@code box} into entry p of the patch's arrays. */
  private void readInterferogram(int p, PixelBox box, float[][] phase, float[][] coherence,
      boolean[] withoutData) {
    Rectangle rect = box.rectangle();
    int n = box.width() * box.height();
    InterferogramTile tile = InterferogramTiles.read(operator, interferograms.get(p), rect);
    if (noData != null) {
      noData.seen(p, rect, tile);
    }
    boolean hasCoherence = interferograms.get(p).hasCoherence();
    // an unwrapped band is named, and signed, as its interferogram: in date order here
    float unwrappedSign = interferograms.get(p).laterFirst() ? -1f : 1f;
    float[] unw = unwrapped == null ? null
        : operator.getSourceTile(unwrapped[p], rect).getSamplesFloat();
    float[] mask = masks[p] == null ? null
        : operator.getSourceTile(masks[p], rect).getSamplesFloat();
    float[] ph = new float[n];
    float[] coh = new float[n];
    withoutData[p] = !NoDataWatch.hasPhase(tile.real(), tile.imaginary());
    for (int i = 0; i < n; i++) {
      float re = tile.real()[i];
      float im = tile.imaginary()[i];
      // no coherence band: every pixel with data counts as fully coherent
      float c = hasCoherence ? tile.coherence()[i] : 1f;
      boolean noData = !InterferogramTile.hasPhase(re, im);
      // as DL-Unwrap and Phase-Gradient-Stack read a mask (UnwrapInput): NaN or 0 or less masks
      boolean weighed = c > 0 && (mask == null || mask[i] > 0);
      coh[i] = noData || !weighed ? 0f : c;
      if (unw != null) {
        ph[i] = noData || !weighed ? Float.NaN : unwrappedSign * unw[i];
      } else {
        ph[i] = noData ? Float.NaN : (float) Math.atan2(im, re);
      }
    }
    phase[p] = ph;
    coherence[p] = coh;
  }
}
