package org.dlinsar.ifg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;

/**
 * The unwrapped phase of each interferogram of a stack, from the product that holds it: the band
 * DL-Unwrap names {@code Unw_Phase_ifg_<suffix>}, tag included, or else the one SNAP's
 * SnaphuImport names {@code Unw_Phase_ifg_<ref>_<sec>}, by the two dates alone. A band without the
 * tag is taken only when one interferogram of the product has those dates in that order: with two
 * polarisations of one pair it could be either. Either band is named, and signed, as its
 * interferogram: the band of a pair named later date first holds the date-ordered phase negated.
 */
public final class UnwrappedPhaseBands {

  /** Band names listed in the warning before "and n more". */
  private static final int NAMES_LISTED = 3;

  private final List<Interferogram> interferograms;
  private final Band[] bands;
  /** Bands without the tag left untaken, in the stack's order, with their dates' interferograms. */
  private final Map<String, List<Interferogram>> ambiguous;
  /** Unw_Phase_ifg_ bands of the products that no interferogram took. */
  private final List<String> untaken;

  private UnwrappedPhaseBands(List<Interferogram> interferograms, Band[] bands,
      Map<String, List<Interferogram>> ambiguous, List<String> untaken) {
    this.interferograms = interferograms;
    this.bands = bands;
    this.ambiguous = ambiguous;
    this.untaken = untaken;
  }

  /** Finds the unwrapped-phase band of every interferogram of {@code stack} that has one. */
  public static UnwrappedPhaseBands of(InterferogramStack stack) {
    List<Interferogram> ifgs = stack.interferograms();
    Map<Product, Map<String, List<Interferogram>>> byDates = new HashMap<>();
    for (Interferogram ifg : ifgs) {
      byDates.computeIfAbsent(stack.productOf(ifg), p -> new HashMap<>())
          .computeIfAbsent(tagless(ifg), n -> new ArrayList<>()).add(ifg);
    }
    Band[] bands = new Band[ifgs.size()];
    Set<Band> taken = new HashSet<>();
    for (int p = 0; p < ifgs.size(); p++) {
      Interferogram ifg = ifgs.get(p);
      bands[p] = stack.productOf(ifg).getBand(BandNames.unwrappedPhase(ifg.suffix()));
      if (bands[p] != null) {
        taken.add(bands[p]);
      }
    }
    Map<String, List<Interferogram>> ambiguous = new LinkedHashMap<>();
    for (int p = 0; p < ifgs.size(); p++) {
      Interferogram ifg = ifgs.get(p);
      Product product = stack.productOf(ifg);
      String name = tagless(ifg);
      Band band = product.getBand(name);
      if (bands[p] != null || band == null || taken.contains(band)) {
        continue;
      }
      List<Interferogram> ofDates = byDates.get(product).get(name);
      if (ofDates.size() == 1) {
        bands[p] = band;
      } else {
        ambiguous.put(band.getName(), ofDates);
      }
    }
    for (Band band : bands) {
      if (band != null) {
        taken.add(band);
      }
    }
    Set<String> untaken = new LinkedHashSet<>();
    for (Product product : stack.products()) {
      for (Band band : product.getBands()) {
        if (band.getName().startsWith(BandNames.UNWRAPPED_PHASE_PREFIX) && !taken.contains(band)
            && !ambiguous.containsKey(band.getName())) {
          untaken.add(band.getName());
        }
      }
    }
    return new UnwrappedPhaseBands(ifgs, bands, ambiguous, List.copyOf(untaken));
  }

  /** SnaphuImport's name for the interferogram's unwrapped phase: its dates as it names them. */
  private static String tagless(Interferogram ifg) {
    LocalDate first = ifg.laterFirst() ? ifg.pair().secondary() : ifg.pair().reference();
    LocalDate second = ifg.laterFirst() ? ifg.pair().reference() : ifg.pair().secondary();
    return BandNames.unwrappedPhaseOfDates(first, second);
  }

  /** True when every interferogram has its unwrapped phase. */
  public boolean complete() {
    for (Band band : bands) {
      if (band == null) {
        return false;
      }
    }
    return true;
  }

  /** The bands in the stack's order of interferograms; entries are null where none was found. */
  public Band[] bands() {
    return bands.clone();
  }

  /**
   * One line saying why the products' Unw_Phase_ifg_ bands are not all taken, when some are
   * there but an interferogram is left without one; empty when every interferogram has its band
   * or the products hold none.
   *
   * @param operator the operator's name, which starts the line
   * @param consequence what the operator does instead, which ends it
   */
  public Optional<String> warning(String operator, String consequence) {
    if (complete() || (untaken.isEmpty() && ambiguous.isEmpty() && taken() == 0)) {
      return Optional.empty();
    }
    List<Interferogram> missing = new ArrayList<>();
    for (int p = 0; p < bands.length; p++) {
      if (bands[p] == null) {
        missing.add(interferograms.get(p));
      }
    }
    if (!ambiguous.isEmpty()) {
      Map.Entry<String, List<Interferogram>> first = ambiguous.entrySet().iterator().next();
      List<Interferogram> ofDates = first.getValue();
      long others = missing.stream()
          .filter(ifg -> ambiguous.values().stream().noneMatch(l -> l.contains(ifg))).count();
      return Optional.of(operator + ": " + first.getKey() + " names no polarisation or swath and "
          + ofDates.size() + " interferograms have those dates (" + listed(ofDates.stream()
              .map(Interferogram::suffix).toList()) + "), so it is taken for none"
          + (ambiguous.size() > 1 ? " (nor " + (ambiguous.size() - 1) + " more such bands)" : "")
          + "; name it as DL-Unwrap does, Unw_Phase_ifg_<suffix> (e.g. "
          + BandNames.unwrappedPhase(ofDates.get(0).suffix()) + ")"
          + (others > 0 ? "; " + others + " other interferograms have no Unw_Phase_ifg_ band" : "")
          + "; " + consequence);
    }
    Interferogram example = missing.get(0);
    return Optional.of(operator + ": Unw_Phase_ifg_ bands give " + taken() + " of " + bands.length
        + " interferograms their unwrapped phase"
        + (untaken.isEmpty() ? "" : "; found, matching none: " + listed(untaken))
        + "; expected for each Unw_Phase_ifg_<suffix> (DL-Unwrap) or Unw_Phase_ifg_<ref>_<sec>"
        + " (SnaphuImport), e.g. " + BandNames.unwrappedPhase(example.suffix()) + " or "
        + tagless(example) + ", missing for " + missing.size() + "; " + consequence);
  }

  private int taken() {
    int count = 0;
    for (Band band : bands) {
      count += band != null ? 1 : 0;
    }
    return count;
  }

  private static String listed(List<String> names) {
    return ListedNames.of(names, NAMES_LISTED);
  }
}
