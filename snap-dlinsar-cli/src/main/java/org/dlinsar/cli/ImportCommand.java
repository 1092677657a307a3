package org.dlinsar.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dlinsar.ifg.RadarWavelength;
import org.dlinsar.imports.FolderFiles;
import org.dlinsar.imports.GammaLookup;
import org.dlinsar.imports.GammaPar;
import org.dlinsar.imports.GammaStack;
import org.dlinsar.imports.GeoTiffStack;
import org.dlinsar.imports.ImportedStack;
import org.dlinsar.imports.ImportedStackOp;
import org.dlinsar.imports.ImportedStacks;
import org.dlinsar.imports.LicsarFrame;
import org.dlinsar.imports.PlainGeoTiffs;
import org.dlinsar.lite.cli.ConsoleProgressMonitor;
import org.dlinsar.lite.cli.LauncherCommand;
import org.dlinsar.lite.cli.UsageException;
import org.dlinsar.lite.dimap.DimapTarget;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;

/**
 * {@code dlinsar import}: one interferogram stack in the contract's form from LiCSAR, GAMMA or
 * plain GeoTIFF interferograms. Written tile by tile into a staging folder and moved into place only when
 * complete, so a bad file leaves no half-written stack.
 */
public final class ImportCommand implements LauncherCommand {

  @Override
  public String name() {
    return "import";
  }

  @Override
  public String description() {
    return "Builds an interferogram stack from interferograms formed outside SNAP (LiCSAR, GAMMA, GeoTIFF).";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    ImportOptions options;
    try {
      options = ImportOptions.parse(args);
    } catch (IllegalArgumentException e) {
      throw new UsageException("import: " + e.getMessage(), e);
    }
    if (options.help()) {
      out.println(ImportOptions.USAGE);
      return 0;
    }
    OutputNames.checkFit(options.output(), List.of(".dim", ".data"));
    ImportedStack stack = switch (options.format()) {
      case "licsar" -> LicsarFrame.scan(options.folder(), options.maxSpanDays(),
          warning -> err.println("Warning: import: " + warning));
      case "geotiff" -> PlainGeoTiffs.scan(options.folder(), options.maxSpanDays());
      default -> gamma(options);
    };
    if (options.dem() != null) {
      stack = stack.withElevation(options.dem());
    }
    long estimated = stack.pairs().stream().filter(p -> p.coherence() == null).count();
    err.println("import: " + stack.pairs().size() + " " + stack.format() + " interferograms " + stack.width() + "x"
        + stack.height() + " from " + options.folder() + (estimated > 0
            ? ", coherence of " + estimated + " estimated in a window (no .cc file)" : ""));
    if (!stack.span().leftOut().isEmpty()) {
      err.println("import: " + stack.span().leftOut().size() + " pairs " + stack.span().reason()
          + " left out (--max-span-days)");
    }
    if (stack instanceof GammaStack gamma) {
      err.println(gamma.map() != null ? "import: geocoded on the lon/lat grid of " + gamma.map().file()
          : gamma.lookup() != null ? "import: radar geometry, geocoded by the lookup table "
              + gamma.lookup().table() + " on the grid of " + gamma.lookup().map().file()
          : "import: radar geometry, no geocoding (--lt <lookup table>; geocoded interferograms:"
              + " --dem-par <file>)");
    }
    if (stack instanceof GeoTiffStack tiffs) {
      stack = radarFrequency(tiffs, options.radarFrequencyMHz(), err);
    }
    err.println(stack.elevation() != null ? "import: elevation from " + stack.elevation()
        : "import: no elevation (no DEM that fits the interferograms found; --dem <file>):"
            + " DL-Detect's slope filter will not run on this stack");
    write(stack, options.output(), parameters(options), err);
    out.println("wrote " + options.output());
    return 0;
  }

  /**
   * A GAMMA stack: on the grid of {@code --dem-par}, or in radar geometry geocoded by {@code --lt}
   * (then {@code --dem-par} is the table's grid), or as the folder's files say.
   */
  private static GammaStack gamma(ImportOptions options) throws IOException {
    GammaPar par = GammaPar.read(options.par());
    if (options.lookup() != null) {
      GammaLookup table = options.demPar() != null
          ? GammaLookup.of(options.lookup(), options.demPar()) : GammaLookup.of(options.lookup());
      return GammaStack.scan(options.folder(), par, options.maxSpanDays()).withLookup(table);
    }
    return options.demPar() != null
        ? GammaStack.scan(options.folder(), par, options.demPar(), options.maxSpanDays())
        : GammaStack.scan(options.folder(), par, options.maxSpanDays());
  }

  /**
   * The stack at the given frequency, else the files'; says which, and warns when neither is
   * there and Sentinel-1's is assumed.
   *
   * @param givenMHz {@code --radar-frequency}, or NaN
   */
  static GeoTiffStack radarFrequency(GeoTiffStack stack, double givenMHz, PrintStream err) {
    double tagged = stack.radarFrequencyMHz();
    String files = Double.isNaN(tagged) ? "" : String.format(Locale.ROOT, "%.3f MHz (%s %.6g m in %s)",
        tagged, GeoTiffStack.WAVELENGTH_METRES, RadarWavelength.metresForFrequencyMHz(tagged), stack.wavelengthFile());
    if (!Double.isNaN(givenMHz)) {
      err.println(String.format(Locale.ROOT, "import: radar frequency %.3f MHz from --radar-frequency", givenMHz)
          + (Double.isNaN(tagged) || Math.abs(tagged - givenMHz) < 1e-6 * givenMHz ? "" : ", not the files' " + files));
      return stack.withRadarFrequency(givenMHz);
    }
    if (!Double.isNaN(tagged)) {
      err.println("import: radar frequency " + files);
    } else if (!stack.format().equals("LiCSAR")) {
      err.println(String.format(Locale.ROOT, "Warning: import: no radar wavelength in the GeoTIFFs (no %s in"
          + " their GDAL metadata): Sentinel-1's radar frequency %.3f MHz assumed; give"
          + " --radar-frequency <MHz> for another radar", GeoTiffStack.WAVELENGTH_METRES,
          RadarWavelength.SENTINEL1_FREQUENCY_MHZ));
    }
    return stack;
  }

  /**
   * The options as DL-Import-Stack's parameters, for the product's Processing_Graph: the folder
   * and files as absolute paths, the span limit also when it is the default.
   */
  static Map<String, Object> parameters(ImportOptions options) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("file", absolute(options.folder()));
    parameters.put("formatName", options.format());
    parameters.put("parFile", absolute(options.par()));
    parameters.put("demParFile", absolute(options.demPar()));
    parameters.put("lookupTableFile", absolute(options.lookup()));
    parameters.put("demFile", absolute(options.dem()));
    parameters.put("maxSpanDays", options.maxSpanDays());
    parameters.put("radarFrequency", Double.isNaN(options.radarFrequencyMHz()) ? null : options.radarFrequencyMHz());
    parameters.values().removeIf(Objects::isNull);
    return parameters;
  }

  private static File absolute(Path path) {
    return path == null ? null : new File(FolderFiles.recorded(path));
  }

  private static void write(ImportedStack stack, Path output, Map<String, Object> parameters,
      PrintStream err) throws IOException {
    Path folder = output.toAbsolutePath().getParent();
    DimapTarget target = DimapTarget.of(output.toFile());
    // held before a killed commit is resolved: another run's staging is not a killed one's
    target.claim();
    String dim = output.getFileName().toString();
    String name = dim.substring(0, dim.length() - ".dim".length());
    StagedFileSet set = StagedFileSet.open(folder, name, List.of(dim, name + ".data"), Files::move);
    target.checkReplaceable(); // only an older product is replaced
    try {
      Product product = ImportedStacks.product(stack, name, parameters);
      MetadataElement origin = product.getMetadataRoot().getElement(ImportedStackOp.IMPORT_METADATA);
      err.println("import: perpendicular baselines, for Local-SBAS's DEM-error fit: "
          + origin.getAttributeString("baselines"));
      err.println("import: line of sight, for Local-SBAS's velocity down the slope: "
          + origin.getAttributeString("line_of_sight"));
      GPF.writeProduct(product, set.staged(dim).toFile(), "BEAM-DIMAP", false, new ConsoleProgressMonitor(err));
      set.commit();
    } catch (IOException | RuntimeException e) {
      set.discard(e);
      throw e;
    }
  }
}
