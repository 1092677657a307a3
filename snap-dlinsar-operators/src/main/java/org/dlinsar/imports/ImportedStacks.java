package org.dlinsar.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.dlinsar.ifg.RadarWavelength;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.util.ProductUtils;

/** An imported stack as a product: the same for {@code bin/dlinsar import} and the reader plug-ins. */
public final class ImportedStacks {

  /** SNAP's GeoTIFF reader's format name. */
  static final String SNAP_GEOTIFF = "GeoTIFF";

  private ImportedStacks() {}

  /**
   * The stack named {@code name} in the contract's form, pixels read when pulled; geocoded when
   * its files are GeoTIFFs: inside SNAP with SNAP's GeoTIFF reader's geocoding of the first
   * phase file, in the headless engine with the {@link GridGeoCoder} it registers; and, in the
   * headless engine, when they are GAMMA interferograms on a DEM parameter file's lon/lat grid or
   * in radar geometry with their lookup table.
   *
   * @throws IOException naming the GeoTIFF SNAP's reader cannot open
   */
  public static Product product(ImportedStack stack, String name) throws IOException {
    return product(stack, name, Map.of());
  }

  /**
   * As {@link #product(ImportedStack, String)}, its Processing_Graph node recording {@code
   * parameters}: what was read and how, by DL-Import-Stack's parameter names ({@code file},
   * {@code formatName}, {@code maxSpanDays} ...).
   *
   * @throws IOException naming the GeoTIFF SNAP's reader cannot open
   */
  public static Product product(ImportedStack stack, String name, Map<String, Object> parameters)
      throws IOException {
    ImportedLineOfSight.Found lineOfSight = lineOfSight(stack);
    Product product = ImportedStackOp.of(stack, name, parameters, lineOfSight.perPixel());
    addBaselines(product, stack);
    describe(product, lineOfSight);
    if (stack instanceof GammaStack gamma) {
      Optional<GridGeoCoder> coder = headlessGeoCoder();
      if (gamma.map() != null) {
        gridGeoCoding(product, gamma.map().grid());
      } else if (gamma.lookup() != null && coder.isPresent()) {
        coder.get().attach(product,
            gamma.lookup().positions(gamma.width(), gamma.height(), GammaLookup.STEP));
      }
    }
    if (stack instanceof GeoTiffStack frame) {
      Product tiff = ProductIO.readProduct(frame.pairs().get(0).phase().toFile(), SNAP_GEOTIFF);
      boolean geocoded = tiff != null && tiff.getSceneGeoCoding() != null;
      if (geocoded) {
        ProductUtils.copyGeoCoding(tiff, product);
      }
      if (tiff != null) {
        tiff.dispose();
      }
      if (!geocoded) {
        gridGeoCoding(product, frame.grid());
      }
    }
    return product;
  }

  /**
   * The dates' perpendicular baselines, from a LiCSAR frame's {@code baselines} file ({@link
   * LicsarBaselines}) or GAMMA's baseline files of the pairs ({@link GammaBaselines}), in
   * Abstracted_Metadata as CreateStack writes them; the import metadata's {@code baselines} says
   * where they were read, or why there are none.
   */
  private static void addBaselines(Product product, ImportedStack stack) throws IOException {
    ImportedBaselines.Found found = stack instanceof GeoTiffStack frame
        && LicsarFrame.FORMAT.equals(frame.format()) ? LicsarBaselines.of(frame) : GammaBaselines.of(stack);
    MetadataElement root = product.getMetadataRoot();
    MetadataElement origin = root.getElement(ImportedStackOp.IMPORT_METADATA);
    if (found.baselines() == null) {
      origin.setAttributeString("baselines", "none: " + found.whyNot());
      return;
    }
    root.getElement(RadarWavelength.ABSTRACTED_METADATA)
        .addElement(found.baselines().element(RadarWavelength.metres(product)));
    origin.setAttributeString("baselines", found.baselines().note());
  }

  /**
   * The stack's line of sight ({@link ImportedLineOfSight}): from a LiCSAR frame's line-of-sight
   * files ({@link LicsarLookVector}), else from the GAMMA parameter files of the stack (a GAMMA
   * stack's own, then those its acquisition times came from).
   */
  private static ImportedLineOfSight.Found lineOfSight(ImportedStack stack) throws IOException {
    if (stack instanceof GeoTiffStack frame && LicsarFrame.FORMAT.equals(frame.format())) {
      return LicsarLookVector.lineOfSight(frame);
    }
    List<Path> pars = new ArrayList<>();
    if (stack instanceof GammaStack gamma) {
      pars.add(gamma.par().file());
    }
    stack.firstLineTimes().forEach(time -> pars.add(time.file()));
    return ImportedLineOfSight.ofParameterFiles(pars);
  }

  /**
   * The flight heading and incidence in Abstracted_Metadata as SNAP's SAR readers write them; the
   * import metadata's {@code line_of_sight} says where they were read, or why there are none.
   */
  private static void describe(Product product, ImportedLineOfSight.Found found) {
    MetadataElement root = product.getMetadataRoot();
    MetadataElement origin = root.getElement(ImportedStackOp.IMPORT_METADATA);
    if (found.lineOfSight() == null) {
      origin.setAttributeString("line_of_sight", "none: " + found.whyNot());
      return;
    }
    found.lineOfSight().describe(root.getElement(RadarWavelength.ABSTRACTED_METADATA));
    origin.setAttributeString("line_of_sight", found.lineOfSight().note());
  }

  /** The geocoding of a lon/lat grid, where the engine registers a {@link GridGeoCoder}. */
  private static void gridGeoCoding(Product product, GeoTiffGrid grid) {
    headlessGeoCoder().ifPresent(coder -> coder.attach(product, grid));
  }

  private static Optional<GridGeoCoder> headlessGeoCoder() {
    return ServiceLoader.load(GridGeoCoder.class, ImportedStacks.class.getClassLoader()).findFirst();
  }
}
