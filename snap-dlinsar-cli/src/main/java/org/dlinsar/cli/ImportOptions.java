package org.dlinsar.cli;

import java.nio.file.Path;
import java.util.List;
import org.dlinsar.ifg.RadarWavelength;
import org.dlinsar.lite.cli.UsageException;

/**
 * The arguments of {@code dlinsar import}.
 *
 * @param par the GAMMA parameter file, or null
 * @param dem the DEM on the interferograms' grid, or null to take the one the folder holds
 * @param demPar (gamma) the DEM parameter file of geocoded interferograms, or null to take the
 *     folder's one that fits them, or none (radar geometry); with {@code lookup}, the table's
 * @param lookup (gamma) the lookup table that geocodes interferograms in radar geometry, or null
 * @param maxSpanDays pairs spanning more days are left out; 0 keeps all
 * @param radarFrequencyMHz (geotiff) the radar frequency, or NaN to take the files' or Sentinel-1's
 */
record ImportOptions(boolean help, String format, Path par, Path dem, Path demPar, Path lookup,
    int maxSpanDays, double radarFrequencyMHz, Path output, Path folder) {

  static final String USAGE = String.join("\n",
      "Usage: dlinsar import --format licsar|gamma|geotiff [--par <file.par>] [--dem <file>]",
      "                      [--dem-par <file>] [--lt <file>] [--radar-frequency <MHz>]",
      "                      [--max-span-days <d>]",
      "                      -o <name.dim> <folder>",
      "Builds one interferogram stack (i_ifg_/q_ifg_/coh_ bands named by their pair dates,",
      "Abstracted_Metadata with the radar frequency, and an elevation band from the DEM) from",
      "interferograms formed outside SNAP. The stack records the folder and these options in its",
      "Processing_Graph, and the files read for its grid and radar frequency in DL_InSAR_Import.",
      "  --format <f>            licsar: <yyyymmdd>_<yyyymmdd>/<pair>.geo.diff_pha.tif (float32",
      "                          wrapped phase; else <pair>.geo.unw.tif, wrapped, 0 no data)",
      "                          + <pair>.geo.cc.tif (uint8 0-255 or float), one",
      "                          WGS84 grid (geocoding from the GeoTIFF tags), Sentinel-1 frequency;",
      "                          geotiff: *.tif with <yyyymmdd>-<yyyymmdd> (or _) in the name, wrapped",
      "                          (or unwrapped) phase float32 in radians; coherence from the pair's",
      "                          file with a cc or coh token in its name, else estimated; radar",
      "                          frequency from --radar-frequency, else the files' GDAL metadata",
      "                          WAVELENGTH_METRES (PyRate), else Sentinel-1's (with a warning);",
      "                          gamma: <yyyymmdd>_<yyyymmdd>.diff (or .diff.ml.sm) fcomplex",
      "                          big-endian, or .unw unwrapped phase float32 big-endian (wrapped;",
      "                          0 is no data), dates joined by _ or -, tokens such as _utm before",
      "                          the suffix; coherence from the pair's .cc (<name>.cc or the name",
      "                          without its suffix + .cc) when present, else estimated in a 5x5",
      "                          window (marked in DL_InSAR_Import metadata)",
      "  --par <file>            (gamma) GAMMA .par giving the width (range_samples or",
      "                          interferogram_width) and radar_frequency (Hz): the MLI's",
      "  --dem-par <file>        (gamma) the DEM parameter file (EQA) of geocoded interferograms:",
      "                          their width and lon/lat grid (GAMMA's corner is the first pixel's",
      "                          centre). Without it the folder's one *dem_par / *dem.par whose grid",
      "                          the files fit is taken; none: radar geometry, no geocoding",
      "  --lt <file>             (gamma) the lookup table (gc_map's map-to-radar .lt, fcomplex)",
      "                          that geocodes interferograms in radar geometry; its grid from",
      "                          --dem-par, else the one DEM parameter file beside it that fits it;",
      "                          without it the folder's one *.lt is taken when such a file fits it",
      "  --radar-frequency <MHz> (geotiff) the radar frequency, e.g. 1270 for ALOS PALSAR (L-band);",
      "                          it overrides the files' WAVELENGTH_METRES (both are printed when",
      "                          they differ)",
      "  --dem <file>            heights (metres), for DL-Detect's slope filter: a one-band GeoTIFF",
      "                          of any sample type on the pairs' lon/lat grid or covering it,",
      "                          interpolated bilinearly (licsar, geotiff; GDAL_NODATA honoured), or",
      "                          float32 big-endian of the interferograms' size (gamma). Without it",
      "                          the folder's own DEM is taken when exactly one that fits is found:",
      "                          licsar *.geo.hgt.tif in the folder, its metadata/ or ../metadata/;",
      "                          geotiff a .tif without dates named with a dem/hgt/height/elevation",
      "                          token; gamma a .hgt or .dem file",
      "  --max-span-days <d>     leave out pairs spanning more days, 0 = no limit (default 0);",
      "                          the stack's DL_InSAR_Import metadata lists those left out",
      "  -o, --output <name.dim> the stack to write (BEAM-DIMAP)",
      "  -h, --help              this text",
      "Perpendicular baselines, for Local-SBAS's DEM-error fit: gamma and geotiff from GAMMA",
      "base_perp tables <ref>-<sec>*bperp.par, else baseline files <ref>-<sec>*base.par, beside",
      "the interferograms or in a geometry folder in their folder or its parent, with the first",
      "date's *mli.par (there or in headers/);",
      "licsar from the frame's baselines file and *.geo.U.tif (the folder or a metadata/ folder).");

  /**
   * Parses {@code --name value} or {@code --name=value} options and the folder.
   *
   * @throws UsageException for an unknown option, a missing value or one that is no number
   * @throws IllegalArgumentException naming the bad or missing argument
   */
  static ImportOptions parse(List<String> args) throws UsageException {
    String format = null;
    Path par = null;
    Path dem = null;
    Path demPar = null;
    Path lookup = null;
    int maxSpan = 0;
    double radarFrequency = Double.NaN;
    Path output = null;
    CommandOptions options = new CommandOptions("import", args);
    if (options.help()) {
      return new ImportOptions(true, null, null, null, null, null, 0, Double.NaN, null, null);
    }
    while (options.next()) {
      switch (options.name()) {
        case "--format" -> format = options.value();
        case "--par" -> par = Path.of(options.value());
        case "--dem" -> dem = Path.of(options.value());
        case "--dem-par" -> demPar = Path.of(options.value());
        case "--lt" -> lookup = Path.of(options.value());
        case "--max-span-days" -> maxSpan = options.integer(0, Integer.MAX_VALUE);
        // P band to W band: a value in Hz or GHz is refused
        case "--radar-frequency" -> radarFrequency = options.decimal(RadarWavelength.LOWEST_MHZ,
            RadarWavelength.HIGHEST_MHZ, "MHz (Sentinel-1 5405)");
        case "-o", "--output" -> output = Path.of(options.value());
        default -> throw options.unknown();
      }
    }
    List<String> operands = options.operands(1);
    Path folder = operands.isEmpty() ? null : Path.of(operands.get(0));
    if (format == null) {
      throw new IllegalArgumentException("--format is required (licsar, gamma or geotiff)");
    }
    if (!List.of("licsar", "gamma", "geotiff").contains(format)) {
      throw new IllegalArgumentException("--format " + format + " is not supported; licsar, gamma and geotiff are");
    }
    if (format.equals("gamma") && par == null) {
      throw new IllegalArgumentException("--format gamma needs --par <file.par> (width, radar_frequency)");
    }
    if ((demPar != null || lookup != null) && !format.equals("gamma")) {
      throw new IllegalArgumentException((demPar != null ? "--dem-par" : "--lt")
          + " is for --format gamma (GeoTIFFs carry their grid)");
    }
    if (par != null && !format.equals("gamma")) {
      // ignored, it would leave the stack at the files' or Sentinel-1's frequency unsaid
      throw new IllegalArgumentException("--par is for --format gamma " + (format.equals("geotiff")
          ? "(GeoTIFFs carry their grid; --radar-frequency <MHz> gives their radar frequency)"
          : "(LiCSAR frames are Sentinel-1 and carry their grid)"));
    }
    if (!Double.isNaN(radarFrequency) && !format.equals("geotiff")) {
      throw new IllegalArgumentException("--radar-frequency is for --format geotiff ("
          + (format.equals("gamma") ? "GAMMA's .par gives radar_frequency" : "LiCSAR frames are Sentinel-1") + ")");
    }
    String name = output == null || output.getFileName() == null ? "" : output.getFileName().toString();
    if (!name.endsWith(".dim") || name.length() == ".dim".length()) {
      throw new IllegalArgumentException("-o <name.dim> is required"
          + (output == null ? "" : ", got '" + output + "'"));
    }
    if (folder == null) {
      throw new IllegalArgumentException("the folder of interferograms is required");
    }
    return new ImportOptions(false, format, par, dem, demPar, lookup, maxSpan, radarFrequency, output, folder);
  }
}
