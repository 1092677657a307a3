package org.dlinsar.detect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dlinsar.ifg.BandProvenance;
import org.dlinsar.sbas.SbasSummary;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;

/**
 * Local-SBAS's results in DL-Detect's sources: the {@code Local_SBAS} element and the bands
 * Local-SBAS made ({@code velocity}, {@code disp_<date>}, {@code rms_residual},
 * {@code temporal_coherence}). They were solved in patches around the detections DL-Detect
 * replaces and are joined to detections by id (the Detections window, reports), so DL-Detect
 * leaves them out rather than have a new detection show an old one's velocity. Bands are known by
 * their description ({@link BandProvenance}), so that a simulator's truth {@code velocity} stays.
 */
final class EarlierSbasResults {

  private static final String LOCAL_SBAS = "Local-SBAS";

  private EarlierSbasResults() {}

  /**
   * @return the names of the bands Local-SBAS made in {@code sources}, in their order: those whose
   *     band of that name in the first source that has one (the one carried through) it made
   */
  static List<String> bands(Product[] sources) {
    Set<String> seen = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (Product source : sources) {
      for (Band band : source.getBands()) {
        if (seen.add(band.getName()) && BandProvenance.madeBy(band, LOCAL_SBAS)) {
          names.add(band.getName());
        }
      }
    }
    return names;
  }

  /** Removes the {@code Local_SBAS} element; @return whether there was one */
  static boolean dropElement(Product target) {
    MetadataElement root = target.getMetadataRoot();
    MetadataElement sbas = root.getElement(SbasSummary.ELEMENT);
    return sbas != null && root.removeElement(sbas);
  }
}
