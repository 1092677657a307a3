package org.dlinsar.cli;

import org.dlinsar.sim.Scene;
import org.dlinsar.sim.SceneFootprint;
import java.util.List;
import org.dlinsar.lite.geo.TiePointGeoCoding;
import org.dlinsar.lite.geo.TiePointGrid;
import org.esa.snap.core.datamodel.Product;

/**
 * Gives a simulated product {@code latitude} and {@code longitude} tie-point grids (and the
 * geocoding they define) from its {@link SceneFootprint}.
 *
 * <p>Headless side only: it builds the engine's own tie-point classes, which do not exist inside
 * SNAP (SNAP's TiePointGrid is not in the API the operators may use), so the operator leaves
 * geocoding to the command line.
 */
final class SceneGeoCodings {

  /** Tie points every this many pixels. */
  static final int STEP_PX = 16;

  private SceneGeoCodings() {}

  /** Sets the scene geocoding of {@code product} from {@code scene}. Modified: product. */
  static void attach(Product product, Scene scene) {
    SceneFootprint footprint = new SceneFootprint(scene);
    int gw = (scene.width() + STEP_PX - 1) / STEP_PX + 1;
    int gh = (scene.height() + STEP_PX - 1) / STEP_PX + 1;
    float[] lat = new float[gw * gh];
    float[] lon = new float[gw * gh];
    for (int j = 0; j < gh; j++) {
      for (int i = 0; i < gw; i++) {
        // tie points at pixel centres, offset 0.5 as SNAP's grids
        double x = 0.5 + i * STEP_PX;
        double y = 0.5 + j * STEP_PX;
        lat[j * gw + i] = (float) footprint.latitude(x, y);
        lon[j * gw + i] = (float) footprint.longitude(x, y);
      }
    }
    TiePointGrid latGrid = new TiePointGrid("latitude", "deg", "latitude", gw, gh, 0.5, 0.5,
        STEP_PX, STEP_PX, lat, false);
    TiePointGrid lonGrid = new TiePointGrid("longitude", "deg", "longitude", gw, gh, 0.5, 0.5,
        STEP_PX, STEP_PX, lon, true);
    product.setSceneGeoCoding(new TiePointGeoCoding(List.of(latGrid, lonGrid), "latitude",
        "longitude", scene.width(), scene.height()));
  }
}
