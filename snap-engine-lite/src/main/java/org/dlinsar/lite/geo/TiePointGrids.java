package org.dlinsar.lite.geo;

import java.util.ArrayList;
import java.util.List;
import org.esa.snap.core.datamodel.GeoCoding;

/**
 * A product's tie-point grids, which the headless engine keeps in its scene geocoding: a
 * {@link TiePointGeoCoding}'s grids, or those carried beside a {@link CrsGeoCoding} (SNAP keeps
 * grids as product nodes whatever the geocoding; the stand-in's {@code Product} may declare only
 * SNAP's listed members, so the geocoding carries them and copying it copies them).
 */
public final class TiePointGrids {

  private TiePointGrids() {
  }

  /** The grids {@code geoCoding} holds, in order; none for another kind or null. */
  public static List<TiePointGrid> of(GeoCoding geoCoding) {
    if (geoCoding instanceof TiePointGeoCoding coding) {
      return coding.getTiePointGrids();
    }
    if (geoCoding instanceof CrsGeoCoding coding) {
      return coding.getTiePointGrids();
    }
    return List.of();
  }

  /** The grid named {@code name}, in any case as SNAP's node groups find names, that {@code geoCoding} holds, or null. */
  public static TiePointGrid named(GeoCoding geoCoding, String name) {
    for (TiePointGrid grid : of(geoCoding)) {
      if (grid.getName().equalsIgnoreCase(name)) {
        return grid;
      }
    }
    return null;
  }

  /**
   * {@code geoCoding} holding also the grids of {@code more} whose names are new to it; null for a
   * geocoding of a kind that holds no grids.
   */
  public static GeoCoding withMore(GeoCoding geoCoding, List<TiePointGrid> more) {
    if (geoCoding instanceof TiePointGeoCoding coding) {
      return coding.withGrids(more);
    }
    if (geoCoding instanceof CrsGeoCoding coding) {
      return coding.withTiePointGrids(merged(coding.getTiePointGrids(), more));
    }
    return null;
  }

  /** {@code first}, then the grids of {@code then} whose names are not among them. */
  public static List<TiePointGrid> merged(List<TiePointGrid> first, List<TiePointGrid> then) {
    List<TiePointGrid> all = new ArrayList<>(first);
    for (TiePointGrid grid : then) {
      if (all.stream().noneMatch(g -> g.getName().equals(grid.getName()))) {
        all.add(grid);
      }
    }
    return List.copyOf(all);
  }

  /** Refuses a name used twice. */
  static void requireUniqueNames(List<TiePointGrid> grids) {
    for (int i = 0; i < grids.size(); i++) {
      for (int k = 0; k < i; k++) {
        if (grids.get(k).getName().equals(grids.get(i).getName())) {
          throw new IllegalArgumentException("tie-point grid name '" + grids.get(i).getName() + "' is used twice");
        }
      }
    }
  }
}
