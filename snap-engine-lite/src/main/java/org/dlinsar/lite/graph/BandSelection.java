package org.dlinsar.lite.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.OperatorException;

/**
 * Which bands the SAR toolbox's {@code BandSelect} keeps (microwave-toolbox 14.0.0,
 * {@code sar-op-utilities/.../BandSelectOp.getSelectedBands}, with snap-engine's
 * {@code OperatorUtils.getSourceBands} and {@code getPolarizationFromBandName}): the named bands
 * (names the product lacks are skipped), or all bands, virtual ones included, when none are
 * named; then only those whose polarisation is selected, whose name contains a selected sub-image
 * and whose whole name matches the pattern.
 */
final class BandSelection {

  private BandSelection() {
  }

  static List<Band> select(Product product, String[] bandNames, String[] polarisations, String[] subImages,
      String pattern) {
    List<Band> candidates = new ArrayList<>();
    if (bandNames == null || bandNames.length == 0) {
      candidates.addAll(List.of(product.getBands()));
    } else {
      for (String name : bandNames) {
        Band band = product.getBand(name);
        if (band != null) {
          candidates.add(band);
        }
      }
    }
    Pattern compiled;
    try {
      compiled = pattern == null || pattern.isEmpty() ? null : Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new OperatorException("parameter 'bandNamePattern' is no regular expression: "
          + e.getMessage().replace(System.lineSeparator(), " "), e);
    }
    List<Band> selected = new ArrayList<>();
    for (Band band : candidates) {
      if (isSet(polarisations) && !hasPolarisation(band.getName(), polarisations)) {
        continue;
      }
      if (isSet(subImages) && !containsAny(band.getName(), subImages)) {
        continue;
      }
      if (compiled != null && !compiled.matcher(band.getName()).matches()) {
        continue;
      }
      selected.add(band);
    }
    return selected;
  }

  private static boolean isSet(String[] values) {
    return values != null && values.length > 0;
  }

  private static boolean hasPolarisation(String bandName, String[] polarisations) {
    String pol = polarisation(bandName);
    if (pol == null) {
      return false;
    }
    for (String selected : polarisations) {
      if (pol.equalsIgnoreCase(selected)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code name} contains one of {@code parts}: how BandSelect matches sub-image names. */
  static boolean containsAny(String name, String[] parts) {
    for (String part : parts) {
      if (name.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The polarisation in a band name as OperatorUtils.getPolarizationFromBandName finds it: every
   * "_hh", "_vv", "_hv", "_vh", "_rh", "_rv", "_rch", "_rcv" it contains, concatenated; null if
   * that is shorter than 2 letters; an error if longer than 3.
   */
  static String polarisation(String bandName) {
    String lower = bandName.toLowerCase(Locale.ROOT);
    StringBuilder pol = new StringBuilder();
    for (String code : new String[] {"hh", "vv", "hv", "vh", "rh", "rv", "rch", "rcv"}) {
      if (lower.contains("_" + code)) {
        pol.append(code);
      }
    }
    if (pol.length() > 3) {
      throw new OperatorException("Band name contains multiple polarizations: " + pol);
    }
    return pol.length() >= 2 ? pol.toString() : null;
  }
}
