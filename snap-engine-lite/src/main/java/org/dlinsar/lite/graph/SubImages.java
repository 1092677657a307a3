package org.dlinsar.lite.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.dlinsar.lite.geo.TiePointGeoCoding;
import org.dlinsar.lite.geo.TiePointGrid;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;

/**
 * What BandSelect does after copying (microwave-toolbox 14.0.0, {@code BandSelectOp}
 * {@code getSubImages}, {@code updateTiePointGrids}, {@code updateMetadata}): Sentinel-1 wave-mode
 * imagettes ({@code WV1_IMG...}, {@code WV2_IMG...}) among the kept bands decide which imagette
 * tie-point grids and {@code Abstracted_Metadata/Band_*} elements stay. Note that without
 * imagettes every {@code Band_*} element goes, as in SNAP.
 */
final class SubImages {

  private static final String[] PREFIXES = {"WV1_IMG", "WV2_IMG"};
  private static final String BAND_PREFIX = "Band_";

  private SubImages() {
  }

  /** The imagette names ({@code WV1_IMG1}, ...) in the band names, sorted, each once. */
  static String[] of(String[] bandNames) {
    TreeSet<String> found = new TreeSet<>();
    for (String name : bandNames) {
      for (String prefix : PREFIXES) {
        int start = name.indexOf(prefix);
        if (start >= 0) {
          int end = name.indexOf('_', start + prefix.length());
          found.add(end < 0 ? name.substring(start) : name.substring(start, end));
          break;
        }
      }
    }
    return found.toArray(new String[0]);
  }

  /** Drops imagette grids of imagettes not kept; with one imagette kept, strips its prefix from grid names. */
  static void updateTiePointGrids(Product target, String[] subImages) {
    if (!(target.getSceneGeoCoding() instanceof TiePointGeoCoding)) {
      return;
    }
    TiePointGeoCoding coding = (TiePointGeoCoding) target.getSceneGeoCoding();
    String strip = subImages.length == 1 ? subImages[0] + '_' : null;
    List<TiePointGrid> grids = new ArrayList<>();
    String lat = null;
    String lon = null;
    for (TiePointGrid grid : coding.getTiePointGrids()) {
      if (isImagetteGrid(grid.getName()) && !BandSelection.containsAny(grid.getName(), subImages)) {
        continue;
      }
      TiePointGrid kept = strip != null && grid.getName().startsWith(strip) ? renamed(grid,
          grid.getName().substring(strip.length())) : grid;
      grids.add(kept);
      lat = grid.getName().equals(coding.getLatGridName()) ? kept.getName() : lat;
      lon = grid.getName().equals(coding.getLonGridName()) ? kept.getName() : lon;
    }
    if (grids.size() != coding.getTiePointGrids().size() || strip != null) {
      target.setSceneGeoCoding(new TiePointGeoCoding(grids, lat, lon, coding.getSceneWidth(), coding.getSceneHeight()));
    }
  }

  /**
   * Keeps the {@code Band_*} elements of {@code Abstracted_Metadata} that name a kept imagette and
   * copies their swath, times and sizes to {@code Abstracted_Metadata}; drops the others.
   */
  static void updateMetadata(Product target, String[] subImages) {
    MetadataElement abs = target.getMetadataRoot().getElement("Abstracted_Metadata");
    if (abs == null) {
      abs = target.getMetadataRoot().getElement("Abstracted Metadata");
    }
    if (abs == null) {
      return;
    }
    for (MetadataElement band : abs.getElements()) {
      if (!band.getName().startsWith(BAND_PREFIX)) {
        continue;
      }
      if (!BandSelection.containsAny(band.getName(), subImages)) {
        abs.removeElement(band);
        continue;
      }
      if (band.containsAttribute("swath")) {
        abs.setAttributeString("SWATH", band.getAttributeString("swath"));
      }
      if (band.containsAttribute("first_line_time")) {
        abs.setAttributeUTC("first_line_time", band.getAttributeUTC("first_line_time"));
        target.setStartTime(band.getAttributeUTC("first_line_time"));
      }
      if (band.containsAttribute("last_line_time")) {
        abs.setAttributeUTC("last_line_time", band.getAttributeUTC("last_line_time"));
        target.setEndTime(band.getAttributeUTC("last_line_time"));
      }
      for (String name : new String[] {"line_time_interval", "num_output_lines", "num_samples_per_line"}) {
        if (band.containsAttribute(name)) {
          abs.setAttributeDouble(name, band.getAttributeDouble(name));
        }
      }
    }
  }

  private static boolean isImagetteGrid(String name) {
    for (String prefix : PREFIXES) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static TiePointGrid renamed(TiePointGrid grid, String name) {
    return new TiePointGrid(name, grid.getUnit(), grid.getDescription(), grid.getGridWidth(), grid.getGridHeight(),
        grid.getOffsetX(), grid.getOffsetY(), grid.getSubSamplingX(), grid.getSubSamplingY(), grid.getTiePoints(),
        grid.getDiscontinuity());
  }
}
