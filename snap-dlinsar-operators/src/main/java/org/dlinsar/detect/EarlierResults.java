package org.dlinsar.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dlinsar.ifg.BandProvenance;
import org.dlinsar.inference.ModelsMetadata;
import org.dlinsar.sbas.SbasSummary;
import org.dlinsar.unwrap.DlUnwrapOp;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;

/**
 * The results in DL-Detect's sources that were made around the detections it replaces, which
 * DL-Detect leaves out rather than carry them to the new ones:
 *
 * <ul>
 *   <li>Local-SBAS's: the {@code Local_SBAS} element and the bands Local-SBAS made
 *       ({@code velocity}, {@code velocity_std}, {@code disp_<date>}, {@code rms_residual}, {@code temporal_coherence}),
 *       solved in patches around the old detections and joined to detections by id (the
 *       Detections window, reports): a new detection would show an old one's velocity;
 *   <li>DL-Unwrap's {@code Unw_Phase_ifg_<suffix>} and {@code conncomp_ifg_<suffix>} bands made in
 *       patches around the old detections ({@link DlUnwrapOp#unwrappedAroundDetections}), NaN around the new ones, and
 *       its {@code DL_InSAR_Models} record once no band of it is left.
 * </ul>
 *
 * Bands are known by their description ({@link BandProvenance}), so that a simulator's truth
 * {@code velocity} stays. DL-Unwrap's bands of the whole raster stay too: they do not depend on
 * detections, and Local-SBAS reads them around the new ones as well.
 */
public final class EarlierResults {

  /** How DL-Detect's line saying what it left out begins. */
  public static final String LEFT_OUT = "DL-Detect: left out what the source holds from earlier detections: ";

  private static final String LOCAL_SBAS = "Local-SBAS";
  private static final String DL_UNWRAP = "DL-Unwrap";

  private final List<String> sbasBands;
  private final List<String> unwrappedBands;

  private EarlierResults(List<String> sbasBands, List<String> unwrappedBands) {
    this.sbasBands = sbasBands;
    this.unwrappedBands = unwrappedBands;
  }

  /**
   * The results in {@code sources}: of each band name, the band in the first source that has it
   * (the one carried through).
   */
  static EarlierResults in(Product[] sources) {
    Set<String> seen = new HashSet<>();
    List<String> sbas = new ArrayList<>();
    List<String> unwrapped = new ArrayList<>();
    for (Product source : sources) {
      for (Band band : source.getBands()) {
        if (!seen.add(band.getName())) {
          continue;
        }
        if (BandProvenance.madeBy(band, LOCAL_SBAS)) {
          sbas.add(band.getName());
        } else if (DlUnwrapOp.unwrappedAroundDetections(band)) {
          unwrapped.add(band.getName());
        }
      }
    }
    return new EarlierResults(List.copyOf(sbas), List.copyOf(unwrapped));
  }

  /** @return the names of the bands to leave out, in their order */
  List<String> bands() {
    List<String> names = new ArrayList<>(sbasBands);
    names.addAll(unwrappedBands);
    return names;
  }

  /**
   * Removes from {@code target}, built without {@link #bands()}, the metadata of the results: the
   * {@code Local_SBAS} element, and DL-Unwrap's network record when no band DL-Unwrap made is
   * left (it would name a network for a result the product no longer holds).
   *
   * @return one line saying what was left out and why, or null when nothing was
   */
  String dropMetadata(Product target) {
    MetadataElement root = target.getMetadataRoot();
    MetadataElement sbas = root.getElement(SbasSummary.ELEMENT);
    boolean sbasElement = sbas != null && root.removeElement(sbas);
    boolean unwrapRecord = false;
    if (!unwrappedBands.isEmpty() && ModelsMetadata.of(target, DL_UNWRAP) != null
        && Arrays.stream(target.getBands()).noneMatch(b -> BandProvenance.madeBy(b, DL_UNWRAP))) {
      ModelsMetadata.put(target, DL_UNWRAP, null);
      unwrapRecord = true;
    }
    List<String> parts = new ArrayList<>();
    if (sbasElement || !sbasBands.isEmpty()) {
      parts.add("its Local-SBAS results (" + (sbasElement ? "the Local_SBAS metadata and " : "")
          + sbasBands.size() + " bands: velocity, disp_<date>, ...), so that no velocity is shown"
          + " for a new detection of the same id");
    }
    if (!unwrappedBands.isEmpty()) {
      parts.add("DL-Unwrap's " + unwrappedBands.size() + " bands (Unw_Phase_ifg_, conncomp_ifg_) made in"
          + " patches around them" + (unwrapRecord ? " (and its DL_InSAR_Models record)" : "")
          + ", which are NaN around new detections");
    }
    if (parts.isEmpty()) {
      return null;
    }
    String again = unwrappedBands.isEmpty() ? "Local-SBAS"
        : sbasElement || !sbasBands.isEmpty() ? "DL-Unwrap and Local-SBAS" : "DL-Unwrap";
    return LEFT_OUT + String.join("; ", parts) + "; run " + again + " again on this product";
  }
}
