package org.dlinsar.lite.image;

import java.awt.image.RenderedImage;
import java.util.function.Function;
import org.esa.snap.core.datamodel.RasterDataNode;

/**
 * The image a raster's samples are read from, for the engine's own readers and writers.
 *
 * <p>SNAP's accessor ({@code getSourceImage()}) returns a JAI type the stand-in cannot declare,
 * so {@code RasterDataNode} hands its field over here once, when its class is initialised (as
 * the JDK's "shared secrets" do); operators never see it.
 */
public final class SourceImages {

  private static volatile Function<RasterDataNode, RenderedImage> access;

  private SourceImages() {
  }

  /** Called once by {@code RasterDataNode}; later calls are ignored. */
  public static synchronized void setAccess(Function<RasterDataNode, RenderedImage> sourceImageOf) {
    if (access == null) {
      access = sourceImageOf;
    }
  }

  /**
   * The {@link RasterImage} that {@code node}'s samples are read from: its source image when it
   * has no raster data of its own (which would take precedence) and the image is a
   * {@code RasterImage}; else null.
   */
  public static RasterImage rasterImageOf(RasterDataNode node) {
    if (node.hasRasterData()) {
      return null;
    }
    RenderedImage image = access.apply(node);
    return image instanceof RasterImage raster ? raster : null;
  }
}
