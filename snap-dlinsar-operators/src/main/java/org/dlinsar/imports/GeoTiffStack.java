package org.dlinsar.imports;

import java.awt.Rectangle;
import java.awt.image.DataBuffer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dlinsar.ifg.RadarWavelength;
import org.esa.snap.core.datamodel.MetadataElement;

/**
 * Interferograms as one-band GeoTIFFs on one north-up lon/lat grid: wrapped phase (float32 or
 * float64, radians; unwrapped phase is wrapped by taking its phasor) and coherence (uint8 scaled
 * 0-255, float32 or float64), or no coherence file, then estimated; a DEM of any sample type when given, on the same
 * grid or on a lon/lat grid covering it ({@link DemGrid}). A file's GDAL_NODATA value is no data.
 * The radar wavelength is the one GDAL metadata gives ({@code WAVELENGTH_METRES}, as PyRate
 * writes it), or one given ({@link #withRadarFrequency}); else Sentinel-1 C-band is assumed, as
 * LiCSAR frames are all Sentinel-1.
 *
 * @param format the folder layout, {@code LiCSAR} or {@code GeoTIFF}
 * @param span the span limit of the scan and the pairs it left out
 * @param byteCoherence whether coherence is stored as uint8 0-255
 * @param noData each file's GDAL_NODATA value, for the files that name one
 * @param elevation the DEM, or null
 * @param demGrid how the DEM's heights are interpolated onto the grid; null when it is on the grid
 * @param radarFrequencyMHz the files' or the given radar frequency; NaN when neither, then
 *     Sentinel-1's
 * @param wavelengthFile the file whose WAVELENGTH_METRES gave {@code radarFrequencyMHz}; null when
 *     it was given or there is none
 * @param replacedFrequencyMHz the files' frequency a given one replaced; NaN when none was replaced
 * @param replacedWavelengthFile the file whose WAVELENGTH_METRES gave {@code replacedFrequencyMHz};
 *     null when none was replaced
 * @param firstLineTimes the acquisitions' first line times that GAMMA parameter files where
 *     stacks keep them give ({@link GammaAcquisitionTimes}: PyRate's GeoTIFFs come with the
 *     GAMMA headers they were formed from); none for a LiCSAR frame
 */
public record GeoTiffStack(String format, GeoTiffGrid grid, List<ImportedPair> pairs, SpanLimit span,
    boolean byteCoherence,
    Map<Path, Double> noData, Path elevation, DemGrid demGrid, double radarFrequencyMHz,
    Path wavelengthFile, double replacedFrequencyMHz, Path replacedWavelengthFile,
    List<FirstLineTime> firstLineTimes) implements ImportedStack {

  /** The GDAL metadata item of the radar wavelength, as PyRate writes it. */
  public static final String WAVELENGTH_METRES = "WAVELENGTH_METRES";
  /** The GDAL metadata item of the raster's units, as PyRate writes it. */
  private static final String DATA_UNITS = "DATA_UNITS";
  private static final Set<String> RADIANS = Set.of("radians", "radian", "rad");
  /** Wavelengths of one stack differing by less are one radar's (text rounded differently). */
  private static final double SAME_WAVELENGTH = 1e-6;

  /**
   * Checks that the files of {@code pairs} are float phase and uint8 or float coherence, all on
   * the grid of the first, and takes their radar wavelength from their GDAL metadata.
   *
   * @throws IOException one line naming the GeoTIFF that is not float phase or lies on another grid,
   *     the coherence files of both types when the pairs' types differ, the phase file whose
   *     DATA_UNITS are not radians, the file whose WAVELENGTH_METRES is no radar wavelength, or
   *     two files of different wavelengths
   */
  static GeoTiffStack of(String format, List<ImportedPair> pairs, SpanLimit span) throws IOException {
    GeoTiffGrid grid = null;
    Path first = pairs.get(0).phase();
    List<Path> byteFiles = new ArrayList<>();
    List<Path> floatFiles = new ArrayList<>();
    Map<Path, Double> noData = new HashMap<>();
    Wavelength wavelength = null;
    for (ImportedPair p : pairs) {
      GeoTiffRaster.Header phase = GeoTiffRaster.header(p.phase());
      noData(noData, p.phase(), phase);
      Map<String, String> phaseItems = items(p.phase(), phase);
      checkRadians(p.phase(), phaseItems);
      wavelength = Wavelength.check(wavelength, p.phase(), phaseItems);
      if (phase.bands() != 1 || !isFloat(phase.dataType())) {
        throw new IOException(p.phase() + ": not a float32 or float64 phase GeoTIFF (" + phase.bands()
            + " band(s) of " + sampleType(phase.dataType()) + ")");
      }
      grid = checkGrid(grid, phase.grid(), p.phase(), first);
      if (p.coherence() == null) {
        continue;
      }
      GeoTiffRaster.Header coh = GeoTiffRaster.header(p.coherence());
      noData(noData, p.coherence(), coh);
      // PyRate's coherence files say DATA_UNITS RADIANS too: only their wavelength is read
      wavelength = Wavelength.check(wavelength, p.coherence(), items(p.coherence(), coh));
      checkGrid(grid, coh.grid(), p.coherence(), first);
      boolean isByte = coh.dataType() == DataBuffer.TYPE_BYTE;
      if (coh.bands() != 1 || !(isByte || isFloat(coh.dataType()))) {
        throw new IOException(p.coherence() + ": not a uint8 or float coherence GeoTIFF (" + coh.bands()
            + " band(s) of " + sampleType(coh.dataType()) + ")");
      }
      (isByte ? byteFiles : floatFiles).add(p.coherence());
    }
    checkCoherenceAlike(byteFiles, floatFiles);
    return new GeoTiffStack(format, grid, List.copyOf(pairs), span, !byteFiles.isEmpty(),
        Map.copyOf(noData), null, null, wavelength == null ? Double.NaN : wavelength.frequencyMHz(),
        wavelength == null ? null : wavelength.file(), Double.NaN, null, List.of());
  }

  /**
   * This stack at {@code frequencyMHz}, whatever its files say: for GeoTIFFs without a
   * wavelength, or whose metadata gives a wrong one. The files' frequency it replaces is kept for
   * the record.
   *
   * @throws IllegalArgumentException when it is no radar frequency in MHz (100 to 100 000)
   */
  public GeoTiffStack withRadarFrequency(double frequencyMHz) {
    if (!(frequencyMHz >= RadarWavelength.LOWEST_MHZ && frequencyMHz <= RadarWavelength.HIGHEST_MHZ)) {
      throw new IllegalArgumentException("radar frequency " + frequencyMHz + " MHz is outside "
          + RadarWavelength.LOWEST_MHZ + " to " + RadarWavelength.HIGHEST_MHZ + " MHz");
    }
    boolean replaces = wavelengthFile != null;
    return new GeoTiffStack(format, grid, pairs, span, byteCoherence, noData, elevation, demGrid,
        frequencyMHz, null, replaces ? radarFrequencyMHz : replacedFrequencyMHz,
        replaces ? wavelengthFile : replacedWavelengthFile, firstLineTimes);
  }

  /**
   * This stack with 0 as no data in {@code files} that name no GDAL_NODATA of their own: LiCSAR's
   * unwrapped phase is 0 where it was not unwrapped, which read as phase would be a phasor of 1
   * with the pixel's coherence.
   */
  GeoTiffStack withZeroAsNoData(List<Path> files) {
    Map<Path, Double> withZero = new HashMap<>(noData);
    files.forEach(file -> withZero.putIfAbsent(file, 0.0));
    return new GeoTiffStack(format, grid, pairs, span, byteCoherence, Map.copyOf(withZero), elevation,
        demGrid, radarFrequencyMHz, wavelengthFile, replacedFrequencyMHz, replacedWavelengthFile,
        firstLineTimes);
  }

  /** This stack with the first line times {@code times} of its acquisitions. */
  GeoTiffStack withFirstLineTimes(List<FirstLineTime> times) {
    return new GeoTiffStack(format, grid, pairs, span, byteCoherence, noData, elevation, demGrid,
        radarFrequencyMHz, wavelengthFile, replacedFrequencyMHz, replacedWavelengthFile, List.copyOf(times));
  }

  /** Whether the radar is Sentinel-1: a LiCSAR frame, or GeoTIFFs that give no frequency. */
  public boolean sentinel1() {
    return format.equals(LicsarFrame.FORMAT) || Double.isNaN(radarFrequencyMHz);
  }

  private static Map<String, String> items(Path file, GeoTiffRaster.Header header) throws IOException {
    return header.gdalMetadata() == null ? Map.of() : GdalMetadata.items(file, header.gdalMetadata());
  }

  /**
   * Phase in millimetres (PyRate's converted interferograms) read as radians would turn each
   * millimetre into 4.4 (Sentinel-1's wavelength over 4 pi, in mm).
   *
   * @throws IOException one line naming the file and its units when DATA_UNITS says other than radians
   */
  private static void checkRadians(Path phase, Map<String, String> items) throws IOException {
    String units = items.get(DATA_UNITS);
    if (units != null && !RADIANS.contains(units.toLowerCase(Locale.ROOT))) {
      throw new IOException(phase + ": its phase is in " + units + " (" + DATA_UNITS
          + " in its GDAL metadata), not radians: import interferograms of phase in radians");
    }
  }

  /** A file's WAVELENGTH_METRES, as written and as a radar frequency. */
  private record Wavelength(Path file, String text, double metres) {

    double frequencyMHz() {
      return RadarWavelength.SPEED_OF_LIGHT_M_PER_S / metres / 1e6;
    }

    /**
     * The wavelength of the files so far: {@code seen}, or that of {@code file} when it is the
     * first to give one.
     *
     * @throws IOException one line naming the file when its WAVELENGTH_METRES is no radar
     *     wavelength in metres, or naming it and the first file when their wavelengths differ
     */
    static Wavelength check(Wavelength seen, Path file, Map<String, String> items) throws IOException {
      String text = items.get(WAVELENGTH_METRES);
      if (text == null) {
        return seen;
      }
      Wavelength w;
      try {
        w = new Wavelength(file, text, Double.parseDouble(text));
      } catch (NumberFormatException e) {
        w = new Wavelength(file, text, Double.NaN);
      }
      double mhz = w.frequencyMHz();
      if (!(mhz >= RadarWavelength.LOWEST_MHZ && mhz <= RadarWavelength.HIGHEST_MHZ)) {
        throw new IOException(file + ": " + WAVELENGTH_METRES + " " + text + " (GDAL metadata) is no"
            + " radar wavelength in metres (3 mm to 3 m; Sentinel-1 0.0555)");
      }
      if (seen != null && Math.abs(w.metres - seen.metres) > SAME_WAVELENGTH * seen.metres) {
        throw new IOException(file + ": " + WAVELENGTH_METRES + " " + text + " differs from " + seen.file
            + "'s " + seen.text + " (GDAL metadata): the interferograms of one stack are of one radar");
      }
      return seen != null ? seen : w;
    }
  }

  /**
   * One scale for every pair: uint8 is read as 0..255, float32 as 0..1.
   *
   * @throws IOException one line naming a file of the rarer type first, then one of the other
   *     type, with both types
   */
  private static void checkCoherenceAlike(List<Path> byteFiles, List<Path> floatFiles)
      throws IOException {
    if (byteFiles.isEmpty() || floatFiles.isEmpty()) {
      return;
    }
    // the rarer type is likely the odd one out
    boolean oddIsByte = byteFiles.size() < floatFiles.size();
    List<Path> odd = oddIsByte ? byteFiles : floatFiles;
    List<Path> usual = oddIsByte ? floatFiles : byteFiles;
    int total = byteFiles.size() + floatFiles.size();
    throw new IOException(odd.get(0) + " is " + (oddIsByte ? "uint8" : "float32") + ", but "
        + usual.get(0) + " is " + (oddIsByte ? "float32" : "uint8") + ", as " + usual.size()
        + " of the " + total + " coherence files are: store every pair's coherence alike"
        + " (uint8 0-255 or float32 0..1)");
  }

  /** Float64 as GDAL writes it too: phase in radians and coherence lose nothing read as float32. */
  private static boolean isFloat(int dataType) {
    return dataType == DataBuffer.TYPE_FLOAT || dataType == DataBuffer.TYPE_DOUBLE;
  }

  /** A {@link DataBuffer} type in GDAL's words, for an error line. */
  private static String sampleType(int dataType) {
    return switch (dataType) {
      case DataBuffer.TYPE_BYTE -> "uint8";
      case DataBuffer.TYPE_USHORT -> "uint16";
      case DataBuffer.TYPE_SHORT -> "int16";
      case DataBuffer.TYPE_INT -> "int32";
      case DataBuffer.TYPE_FLOAT -> "float32";
      case DataBuffer.TYPE_DOUBLE -> "float64";
      default -> "sample type " + dataType;
    };
  }

  private static void noData(Map<Path, Double> noData, Path file, GeoTiffRaster.Header header) {
    if (!Double.isNaN(header.noData())) {
      noData.put(file, header.noData());
    }
  }

  /**
   * This stack with the heights of {@code dem}, one band of any sample type, on the stack's grid
   * or on a lon/lat grid covering it.
   *
   * @throws IOException one line naming the DEM when it is no GeoTIFF, has several bands or does
   *     not cover the stack's grid
   */
  @Override
  public GeoTiffStack withElevation(Path dem) throws IOException {
    GeoTiffRaster.Header header = GeoTiffRaster.header(dem);
    if (header.bands() != 1) {
      throw new IOException(dem + ": a DEM of " + header.bands() + " bands; one band of heights expected");
    }
    DemGrid resampling = grid.matches(header.grid()) ? null : new DemGrid(header.grid(), grid);
    if (resampling != null && !resampling.covers()) {
      throw new IOException(dem + ": grid " + describe(header.grid()) + " does not cover "
          + pairs.get(0).phase() + "'s " + describe(grid));
    }
    checkReadFits(dem, resampling, Runtime.getRuntime().maxMemory());
    Map<Path, Double> withDem = new HashMap<>(noData);
    noData(withDem, dem, header);
    return new GeoTiffStack(format, grid, pairs, span, byteCoherence, Map.copyOf(withDem), dem, resampling,
        radarFrequencyMHz, wavelengthFile, replacedFrequencyMHz, replacedWavelengthFile, firstLineTimes);
  }

  /**
   * Refuses a DEM so much wider than the frame that reading its rows under one tile would take
   * more than an eighth of {@code heap} (the run failed out of memory part way through writing).
   */
  static void checkReadFits(Path dem, DemGrid resampling, long heap) throws IOException {
    if (resampling == null || resampling.bytesPerRead() <= heap / 8) {
      return;
    }
    throw new IOException(String.format(Locale.ROOT, "%s: %d pixels wide, so reading its rows under a"
        + " tile of %d rows takes %d MB, more than an eighth of the %d MB heap; crop the DEM to the"
        + " frame (gdal_translate -projwin) or give more heap (JAVA_OPTS=-Xmx...)", dem,
        resampling.dem().width(), DemGrid.TILE_ROWS, resampling.bytesPerRead() >> 20, heap >> 20));
  }

  private static GeoTiffGrid checkGrid(GeoTiffGrid expected, GeoTiffGrid grid, Path file, Path first)
      throws IOException {
    if (expected != null && !expected.matches(grid)) {
      throw new IOException(file + ": grid " + describe(grid) + " differs from " + first + "'s " + describe(expected));
    }
    return expected != null ? expected : grid;
  }

  private static String describe(GeoTiffGrid g) {
    return g.width() + "x" + g.height() + " px from lon " + g.lon0() + " lat " + g.lat0()
        + " step " + g.lonStep() + "/" + g.latStep();
  }

  @Override
  public int width() {
    return grid.width();
  }

  @Override
  public int height() {
    return grid.height();
  }

  /** Unit phasors of the wrapped phase; NaN or no-data phase (outside the frame) gives 0 + 0i. */
  @Override
  public float[] complex(ImportedPair pair, Rectangle box) {
    float[] phase = read(pair.phase(), box);
    float[] z = new float[2 * phase.length];
    for (int k = 0; k < phase.length; k++) {
      if (!Float.isNaN(phase[k])) {
        z[2 * k] = (float) Math.cos(phase[k]);
        z[2 * k + 1] = (float) Math.sin(phase[k]);
      }
    }
    return z;
  }

  /** Only the cosine or the sine of the phase: the trigonometry was half of a frame's import. */
  @Override
  public float[] part(ImportedPair pair, Rectangle box, boolean real) {
    float[] phase = read(pair.phase(), box);
    for (int k = 0; k < phase.length; k++) {
      phase[k] = Float.isNaN(phase[k]) ? 0 : (float) (real ? Math.cos(phase[k]) : Math.sin(phase[k]));
    }
    return phase;
  }

  @Override
  public float[] coherence(ImportedPair pair, Rectangle box) {
    float[] coherence = read(pair.coherence(), box);
    for (int k = 0; k < coherence.length; k++) {
      // 0 is the coherence band's no data
      coherence[k] = Float.isNaN(coherence[k]) ? 0 : byteCoherence ? coherence[k] / 255f : coherence[k];
    }
    return CoherenceFiles.checked(coherence, pair.coherence(), box);
  }

  @Override
  public float[] elevation(Rectangle box) {
    if (demGrid == null) {
      return read(elevation, box);
    }
    Rectangle window = demGrid.window(box);
    return demGrid.interpolate(read(elevation, window), window, box);
  }

  private float[] read(Path file, Rectangle box) {
    return GeoTiffRaster.read(file, box, noData.getOrDefault(file, Double.NaN));
  }

  @Override
  public void describe(MetadataElement abs) {
    if (sentinel1()) {
      // another radar's mission is not known: MISSION is left out, as for GAMMA stacks
      abs.setAttributeString("MISSION", "SENTINEL-1");
    }
    abs.setAttributeDouble(RadarWavelength.RADAR_FREQUENCY,
        Double.isNaN(radarFrequencyMHz) ? RadarWavelength.SENTINEL1_FREQUENCY_MHZ : radarFrequencyMHz);
    abs.setAttributeInt("is_terrain_corrected", 1);
  }

  /**
   * The first phase file's tags give the grid every file is checked against and the geocoding;
   * the frequency is {@code given} ({@link #withRadarFrequency}), a {@code file}'s
   * WAVELENGTH_METRES, or the {@code Sentinel-1 default}. A given frequency that replaced the
   * files' names what it replaced, which the record would otherwise lose.
   */
  @Override
  public void describeFiles(MetadataElement origin) {
    origin.setAttributeString("grid_file", FolderFiles.recorded(pairs.get(0).phase()));
    origin.setAttributeString("radar_frequency_origin", wavelengthFile != null ? "file"
        : Double.isNaN(radarFrequencyMHz) ? "Sentinel-1 default" : "given");
    if (wavelengthFile != null) {
      origin.setAttributeString("radar_frequency_file", FolderFiles.recorded(wavelengthFile));
    }
    if (replacedWavelengthFile != null) {
      origin.setAttributeDouble("replaced_radar_frequency", replacedFrequencyMHz);
      origin.setAttributeString("replaced_radar_frequency_file", FolderFiles.recorded(replacedWavelengthFile));
    }
  }
}
