package org.dlinsar.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.dlinsar.lite.image.RasterImage;
import org.dlinsar.lite.image.SourceImages;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.VirtualBand;

/**
 * The frame after the tile stage, as the driver and every task of a later stage rebuild it: the
 * graph's tiled steps over the whole input, each band they compute served from the tiles the tasks
 * left in the work folder ({@link TileFilesImage}), bands carried from the input read from it.
 *
 * @param work the work folder, on a file system every executor reads
 * @param tiles the tiles the tasks wrote there (none when the tiled steps compute no band)
 * @param otsuThresholds per interferogram, the frame's Otsu thresholds (null when unused)
 * @param amplitudeReferences per interferogram, the frame's median ln|z| (null when unused)
 */
record AssembledFrame(TileGraph graph, TileFiles work, int tileSize, List<TileRegion> tiles,
    double[] otsuThresholds, double[] amplitudeReferences) implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The tiled steps' product of the whole frame, nothing computed yet, as a task rebuilds it: its
   * steps say nothing as they initialise (the driver's frame has said it).
   */
  TileGraph.Built lazy() {
    return graph.buildInTask(null, otsuThresholds, amplitudeReferences);
  }

  /** The frame, its computed bands read from the tiles, in a task: call once the tile stage has run. */
  TileGraph.Built open() {
    return readFromTiles(lazy());
  }

  /**
   * {@code frame} (a {@link #lazy} one) with its computed bands read from the tiles from now on;
   * call once the tile stage has run.
   */
  TileGraph.Built readFromTiles(TileGraph.Built frame) {
    Product target = frame.target();
    for (String name : computedBands(target)) {
      Band band = target.getBand(name);
      band.setSourceImage(new TileFilesImage(work, name, band.getDataType(),
          target.getSceneRasterWidth(), target.getSceneRasterHeight(), tileSize, tiles));
    }
    return frame;
  }

  /**
   * The bands the tiled steps compute: those whose pixels come from an operator, not carried from
   * the input file (the tasks write only these) nor virtual (the writer writes their expression).
   */
  static List<String> computedBands(Product frame) {
    List<String> names = new ArrayList<>();
    for (Band band : frame.getBands()) {
      RasterImage image = SourceImages.rasterImageOf(band);
      if (!(band instanceof VirtualBand) && image != null && image.cachesTiles()) {
        names.add(band.getName());
      }
    }
    return names;
  }
}
