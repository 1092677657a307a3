package org.dlinsar.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
    FoundInFiles<ImportedLineOfSight> lineOfSight = lineOfSight(stack);
    FoundInFiles<ImportedBaselines> baselines = baselines(stack);
    Product product = ImportedStackOp.of(stack, name, parameters,
        lineOfSight.value() == null ? null : lineOfSight.value().perPixel());
    MetadataElement abs = product.getMetadataRoot().getElement(RadarWavelength.ABSTRACTED_METADATA);
    if (baselines.value() != null) {
      abs.addElement(baselines.value().element(RadarWavelength.metres(product)));
    }
    if (lineOfSight.value() != null) {
      lineOfSight.value().describe(abs);
    }
    record(product, "baselines", baselines, ImportedBaselines::note);
    record(product, "line_of_sight", lineOfSight, ImportedLineOfSight::note);
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
   * LicsarBaselines}) or GAMMA's baseline files of the pairs ({@link GammaBaselines}), which
   * Abstracted_Metadata holds as CreateStack writes them.
   */
  private static FoundInFiles<ImportedBaselines> baselines(ImportedStack stack) throws IOException {
    return isLicsar(stack) ? LicsarBaselines.of((GeoTiffStack) stack) : GammaBaselines.of(stack);
  }

  /**
   * The stack's line of sight ({@link ImportedLineOfSight}), which Abstracted_Metadata holds as
   * SNAP's SAR readers write it: from a LiCSAR frame's line-of-sight files ({@link
   * LicsarLookVector}), else from the GAMMA parameter files of the stack (a GAMMA stack's own, then
   * those its acquisition times came from, or where it took no times its dates' files all the
   * same), with each pixel's incidence from the one {@code *.lv_theta} beside geocoded GAMMA
   * interferograms ({@link GammaElevationAngle}), else from a lookup table on the grid of a
   * geocoded stack ({@link LookupIncidence}), and across the swath of GAMMA interferograms in radar
   * geometry from their {@code .par}'s geometry.
   */
  private static FoundInFiles<ImportedLineOfSight> lineOfSight(ImportedStack stack) throws IOException {
    if (isLicsar(stack)) {
      return LicsarLookVector.lineOfSight((GeoTiffStack) stack);
    }
    List<Path> pars = new ArrayList<>();
    if (stack instanceof GammaStack gamma) {
      pars.add(gamma.par().file());
    }
    stack.firstLineTimes().forEach(time -> pars.add(time.file()));
    if (stack.firstLineTimes().isEmpty()) {
      // times too far apart to take (PyRate's Sydney headers): the files' geometry still holds
      GammaAcquisitionTimes.parameterFiles(stack.pairs().get(0).phase().toAbsolutePath().getParent(),
          ImportedBaselines.datesOf(stack.pairs())).values().forEach(pars::addAll);
    }
    FoundInFiles<ImportedLineOfSight> found = ImportedLineOfSight.ofParameterFiles(pars.stream().distinct().toList());
    if (stack instanceof GammaStack gamma && gamma.map() == null) {
      FoundInFiles<ImportedLineOfSight> radar = found.value() != null ? found
          : ImportedLineOfSight.ofRadarGeometry(gamma.par());
      GammaSlantGeometry geometry;
      try {
        geometry = GammaSlantGeometry.read(gamma.par().file());
      } catch (IOException e) {
        return radar; // a .par without GAMMA's geometry of the image: its one incidence
      }
      return radar.value() == null ? radar : FoundInFiles.of(radar.value().acrossSwath(geometry, gamma.width()));
    }
    if (found.value() == null) {
      return found;
    }
    // a map grid: each pixel's incidence from GAMMA's look vector, else from a lookup table
    IncidenceMap perPixel = stack instanceof GammaStack gamma ? GammaElevationAngle.find(FolderFiles.named(
        gamma.pairs().get(0).phase().toAbsolutePath().getParent(), name -> name.endsWith(GammaElevationAngle.SUFFIX)),
        gamma.width(), gamma.height()) : null;
    if (perPixel == null) {
      perPixel = LookupIncidence.find(stack).orElse(null);
    }
    return perPixel == null ? found : FoundInFiles.of(found.value().withPerPixel(perPixel));
  }

  private static boolean isLicsar(ImportedStack stack) {
    return stack instanceof GeoTiffStack frame && LicsarFrame.FORMAT.equals(frame.format());
  }

  /** The import metadata's {@code key}: where {@code found} was read, or {@code none: } and why. */
  private static <T> void record(Product product, String key, FoundInFiles<T> found, Function<T, String> note) {
    product.getMetadataRoot().getElement(ImportedStackOp.IMPORT_METADATA).setAttributeString(key,
        found.value() == null ? "none: " + found.whyNot() : note.apply(found.value()));
  }

  /** The geocoding of a lon/lat grid, where the engine registers a {@link GridGeoCoder}. */
  private static void gridGeoCoding(Product product, GeoTiffGrid grid) {
    headlessGeoCoder().ifPresent(coder -> coder.attach(product, grid));
  }

  private static Optional<GridGeoCoder> headlessGeoCoder() {
    return ServiceLoader.load(GridGeoCoder.class, ImportedStacks.class.getClassLoader()).findFirst();
  }
}
