package org.dlinsar.imports;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dlinsar.ifg.Pair;
import org.dlinsar.ifg.RadarWavelength;
import org.esa.snap.core.datamodel.MetadataElement;

/**
 * A folder of GAMMA interferograms named by their pair ({@code <ref>_<sec>} or
 * {@code <ref>-<sec>}, then optional tokens such as {@code _utm}): differential interferograms
 * {@code .diff} (or {@code .diff.ml.sm}), fcomplex big-endian, or unwrapped phase {@code .unw},
 * float32 big-endian (wrapped again into unit phasors; 0, GAMMA's "not unwrapped", is no data).
 * Coherence from the pair's {@code .cc} beside it ({@code <name without suffix>.cc} or
 * {@code <name>.cc}), float32 big-endian, when present; heights from a float32 big-endian DEM on
 * the interferograms' grid when given, or when the folder holds one such {@code .hgt} (GAMMA's
 * heights in radar geometry) or {@code .dem} (a geocoded stack's).
 *
 * <p>In radar geometry the width comes from the {@code .par} file, and its line count, where it
 * gives one, must be the files'. Geocoded interferograms (GAMMA's
 * {@code geocode_back} output) lie on the lon/lat grid of a DEM parameter file ({@link
 * GammaDemPar}): given, or the folder's one whose grid their files fit; its width is theirs and
 * the stack is geocoded on it. Interferograms left in radar geometry are geocoded by the lookup
 * table ({@code gc_map}'s map-to-radar {@code .lt}) they were formed with, when given ({@link
 * GammaLookup}).
 *
 * @param width samples per line: the DEM parameter file's when geocoded, else the {@code .par}'s
 * @param height lines, from the size of the files
 * @param pairs sorted by reference, then secondary date
 * @param span the span limit of the scan and the pairs it left out
 * @param elevation the DEM, or null
 * @param map the DEM parameter file whose lon/lat grid geocoded interferograms lie on, null in
 *     radar geometry
 * @param lookup in radar geometry, the lookup table that geocodes it; null when none
 * @param firstLineTimes the acquisitions' first line times that the dates' parameter files give,
 *     beside the interferograms or where stacks keep them ({@link GammaAcquisitionTimes})
 */
public record GammaStack(GammaPar par, int width, int height, List<ImportedPair> pairs,
    SpanLimit span, Path elevation, GammaDemPar map, GammaLookup lookup,
    List<FirstLineTime> firstLineTimes) implements ImportedStack {

  @Override
  public String format() {
    return "GAMMA";
  }

  @Override
  public float[] complex(ImportedPair pair, Rectangle box) {
    if (!isUnwrapped(pair.phase())) {
      return BigEndianRaster.read(pair.phase(), width, 2, box.x, box.y, box.width, box.height);
    }
    float[] phase = BigEndianRaster.read(pair.phase(), width, 1, box.x, box.y, box.width, box.height);
    float[] z = new float[2 * phase.length];
    for (int i = 0; i < phase.length; i++) {
      if (phase[i] != 0f && Float.isFinite(phase[i])) {
        z[2 * i] = (float) Math.cos(phase[i]);
        z[2 * i + 1] = (float) Math.sin(phase[i]);
      }
    }
    return z;
  }

  @Override
  public float[] coherence(ImportedPair pair, Rectangle box) {
    return CoherenceFiles.checked(BigEndianRaster.read(pair.coherence(), width, 1, box.x, box.y,
        box.width, box.height), pair.coherence(), box);
  }

  @Override
  public float[] elevation(Rectangle box) {
    return BigEndianRaster.read(elevation, width, 1, box.x, box.y, box.width, box.height);
  }

  /**
   * @throws IOException one line naming the DEM when its size is not the interferograms' width
   *     times height of float32 samples, or its samples read as numbers only little-endian
   */
  @Override
  public GammaStack withElevation(Path dem) throws IOException {
    checkSize(dem, width, height, 4, pairs.get(0).phase());
    BigEndianRaster.checkBigEndian(dem);
    return new GammaStack(par, width, height, pairs, span, dem, map, lookup, firstLineTimes);
  }

  /**
   * This stack, in radar geometry, geocoded by a lookup table.
   *
   * @throws IOException one line naming the table, when the stack is already on a map grid
   */
  public GammaStack withLookup(GammaLookup table) throws IOException {
    if (map != null) {
      throw new IOException(table.table() + ": the interferograms are geocoded already (on the"
          + " grid of " + map.file() + "); a lookup table geocodes interferograms in radar geometry");
    }
    return new GammaStack(par, width, height, pairs, span, elevation, null, table,
        firstLineTimes);
  }

  @Override
  public void describe(MetadataElement abs) {
    abs.setAttributeDouble(RadarWavelength.RADAR_FREQUENCY, par.radarFrequencyMHz());
    if (map != null) {
      // the pixel spacings of the .par are the radar geometry's, not the map grid's
      abs.setAttributeInt("is_terrain_corrected", 1);
      return;
    }
    par.rangeSpacingMetres().ifPresent(v -> abs.setAttributeDouble("range_spacing", v));
    par.azimuthSpacingMetres().ifPresent(v -> abs.setAttributeDouble("azimuth_spacing", v));
    par.incidenceDeg().ifPresent(v -> {
      abs.setAttributeDouble("incidence_near", v);
      abs.setAttributeDouble("incidence_far", v);
    });
  }

  /**
   * The {@code .par} gives the width (in radar geometry) and the radar frequency; a DEM parameter
   * file the grid of geocoded interferograms, or of the lookup table that geocodes them.
   */
  @Override
  public void describeFiles(MetadataElement origin) {
    origin.setAttributeString("par_file", FolderFiles.recorded(par.file()));
    GammaDemPar grid = map != null ? map : lookup != null ? lookup.map() : null;
    if (grid != null) {
      origin.setAttributeString("dem_par_file", FolderFiles.recorded(grid.file()));
    }
    if (lookup != null) {
      origin.setAttributeString("lookup_table_file", FolderFiles.recorded(lookup.table()));
    }
    origin.setAttributeString("radar_frequency_origin", "file");
    origin.setAttributeString("radar_frequency_file", FolderFiles.recorded(par.file()));
  }

  /** Suffixes of phase files in order of preference: a pair's wrapped interferogram first. */
  private static final List<String> PHASE_SUFFIXES = List.of(".diff", ".diff.ml.sm", ".unw");
  /** A pair's dates at the start of a name, then tokens, then a phase suffix. */
  private static final Pattern PHASE_FILE =
      Pattern.compile("^\\d{8}[-_]\\d{8}([-_.][A-Za-z0-9]+)*?(\\.diff|\\.diff\\.ml\\.sm|\\.unw)$");

  /**
   * Scans {@code folder} in radar geometry (geocoded by the folder's one lookup table {@code *.lt}
   * when a DEM parameter file beside it fits it), or on the lon/lat grid of the folder's one DEM
   * parameter file that the interferograms' files fit, keeping pairs of at most {@code
   * maxSpanDays} (0: all).
   *
   * @throws IOException one line naming the folder without pairs, the file whose size does not
   *     match the width or the other files, the file whose samples read as numbers only
   *     little-endian, or, in radar geometry, the {@code .par} whose line count is not the files'
   */
  public static GammaStack scan(Path folder, GammaPar par, int maxSpanDays) throws IOException {
    List<Pair> leftOut = new ArrayList<>();
    List<ImportedPair> pairs = pairs(folder, maxSpanDays, leftOut);
    Path first = pairs.get(0).phase();
    long size = Files.size(first);
    int bytes = bytesPerSample(first);
    List<GammaDemPar> maps = GammaDemPar.fitting(folder,
        grid -> size == (long) grid.width() * grid.height() * bytes);
    if (maps.size() == 1 && maps.get(0).grid().width() != par.width()
        && size % ((long) par.width() * bytes) == 0) {
      // the sizes cannot tell a geocoded stack from one in radar geometry
      GeoTiffGrid grid = maps.get(0).grid();
      throw new IOException(first + " fits both the radar geometry of its .par (" + par.width()
          + " x " + size / ((long) par.width() * bytes) + ") and the lon/lat grid of "
          + maps.get(0).file() + " (" + grid.width() + " x " + grid.height() + "): give --dem-par "
          + maps.get(0).file() + " if the interferograms are geocoded, else move that file out"
          + " of " + folder);
    }
    // two that fit: the user says which (--dem-par)
    GammaStack stack = stack(folder, par, pairs, SpanLimit.of(maxSpanDays, leftOut),
        maps.size() == 1 ? maps.get(0) : null);
    return stack.map() == null ? withFoundLookup(stack, folder) : stack;
  }

  /**
   * The stack geocoded by the folder's one lookup table ({@code *.lt}) when a DEM parameter file
   * beside it fits it; else as it is (the import then says there is no geocoding).
   */
  private static GammaStack withFoundLookup(GammaStack stack, Path folder) throws IOException {
    List<Path> tables = FolderFiles.named(folder, name -> name.endsWith(".lt"));
    if (tables.size() != 1) {
      return stack;
    }
    try {
      return stack.withLookup(GammaLookup.of(tables.get(0)));
    } catch (IOException e) {
      return stack; // not a table these interferograms can be geocoded by
    }
  }

  /**
   * Scans {@code folder} for interferograms geocoded on the lon/lat grid of {@code demPar}.
   *
   * @throws IOException one line naming the DEM parameter file that cannot be read, or the file
   *     whose size does not fit its grid
   */
  public static GammaStack scan(Path folder, GammaPar par, Path demPar, int maxSpanDays)
      throws IOException {
    List<Pair> leftOut = new ArrayList<>();
    List<ImportedPair> pairs = pairs(folder, maxSpanDays, leftOut);
    return stack(folder, par, pairs, SpanLimit.of(maxSpanDays, leftOut), GammaDemPar.read(demPar));
  }

  /** The stack of {@code pairs}, on the grid of {@code map} unless it is null. */
  private static GammaStack stack(Path folder, GammaPar par, List<ImportedPair> pairs,
      SpanLimit span, GammaDemPar map) throws IOException {
    GeoTiffGrid grid = map == null ? null : map.grid();
    int width = grid != null ? grid.width() : par.width();
    Path first = pairs.get(0).phase();
    int height = lines(first, width, bytesPerSample(first));
    if (grid != null && height != grid.height()) {
      throw new IOException(first + ": " + width + " x " + height + " samples, but its DEM"
          + " parameter file's grid is " + grid.width() + " x " + grid.height());
    }
    if (grid == null) {
      checkLines(par, first, height);
    }
    for (ImportedPair p : pairs) {
      checkSize(p.phase(), width, height, bytesPerSample(p.phase()), first);
      BigEndianRaster.checkBigEndian(p.phase());
      if (p.coherence() != null) {
        checkSize(p.coherence(), width, height, 4, first);
        BigEndianRaster.checkBigEndian(p.coherence());
      }
    }
    GammaStack stack = new GammaStack(par, width, height, pairs, span, null, map, null,
        GammaAcquisitionTimes.ofPairs(folder, pairs));
    return (GammaStack) ElevationFiles.attachFound(stack, FolderFiles.named(folder,
        name -> name.endsWith(".hgt") || name.endsWith(".dem")));
  }

  /**
   * In radar geometry the lines are known only from the files' size over the {@code .par}'s
   * width: a {@code .par} of other data (an SLC's beside multilooked interferograms) whose width
   * happens to divide the size would reshape every image without a word, so its own line count,
   * where it gives one, must agree.
   *
   * @throws IOException one line naming the {@code .par}, its lines and the file's
   */
  private static void checkLines(GammaPar par, Path first, int height) throws IOException {
    if (par.lines().isPresent() && par.lines().getAsInt() != height) {
      throw new IOException(par.file() + ": " + par.width() + " samples x " + par.lines().getAsInt()
          + " lines, but " + first + " read at that width has " + height + " lines: the .par of"
          + " other data, likely the SLC's .par for multilooked interferograms; give the .par of"
          + " the interferograms' MLI");
    }
  }

  /**
   * The folder's pairs of at most {@code maxSpanDays}, each by its preferred phase file; those
   * spanning more go to {@code leftOut}.
   *
   * @throws IOException one line naming a phase file whose dates are no pair (not a date, the
   *     same date twice), two phase files of one suffix for one pair, or two coherence files
   *     beside one
   */
  private static List<ImportedPair> pairs(Path folder, int maxSpanDays, List<Pair> leftOut)
      throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(f -> isPhase(f.getFileName().toString()))
          .sorted(Comparator.comparingInt((Path f) -> preference(f.getFileName().toString()))
              .thenComparing(Comparator.naturalOrder())).toList();
    }
    Map<Pair, Path> phases = new HashMap<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      // named as a pair's file: a typo in its dates would drop the pair without a word
      Pair pair = PairFileName.inside(name).orElseThrow(() -> new IOException(file
          + ": its name is no pair of dates: " + PairFileName.flawInside(name).orElse("")));
      Path taken = phases.putIfAbsent(pair, file);
      // a lesser suffix (.unw beside the .diff) gives way; two of one suffix leave no way to choose
      if (taken != null && preference(taken.getFileName().toString()) == preference(name)) {
        throw new IOException(taken + " and " + file + ": two " + suffix(name) + " files of the"
            + " pair " + PairFileName.format(pair) + "; keep one in " + folder);
      }
    }
    List<ImportedPair> pairs = new ArrayList<>();
    for (Map.Entry<Pair, Path> phase : phases.entrySet()) {
      if (SpanLimit.keeps(maxSpanDays, phase.getKey().spanDays())) {
        Path file = phase.getValue();
        pairs.add(new ImportedPair(phase.getKey(), file, coherenceOf(file),
            PairFileName.namesLaterFirst(file.getFileName().toString())));
      } else {
        leftOut.add(phase.getKey());
      }
    }
    if (pairs.isEmpty()) {
      throw new IOException(folder + ": no GAMMA interferograms <yyyymmdd>_<yyyymmdd>.diff"
          + " (or .unw)" + (maxSpanDays > 0 ? " spanning at most " + maxSpanDays + " days" : ""));
    }
    pairs.sort((a, b) -> a.pair().compareTo(b.pair()));
    return List.copyOf(pairs);
  }

  /**
   * The pair's {@code .cc} beside its phase file, or null.
   *
   * @throws IOException one line naming both, when {@code <name without suffix>.cc} and {@code
   *     <name>.cc} are there
   */
  private static Path coherenceOf(Path phase) throws IOException {
    String name = phase.getFileName().toString();
    String stem = name.substring(0, name.length() - suffix(name).length());
    List<Path> found = new ArrayList<>();
    for (String cc : List.of(stem + ".cc", name + ".cc")) {
      Path file = phase.resolveSibling(cc);
      if (Files.isRegularFile(file)) {
        found.add(file);
      }
    }
    if (found.size() > 1) {
      throw new IOException(found.get(0) + " and " + found.get(1) + ": two coherence files of "
          + phase + "; keep one");
    }
    return found.isEmpty() ? null : found.get(0);
  }

  /** Whether {@code name} is a phase file's: a pair, optional tokens, a phase suffix. */
  static boolean isPhase(String name) {
    return PHASE_FILE.matcher(name).matches();
  }

  private static boolean isUnwrapped(Path phase) {
    return phase.getFileName().toString().endsWith(".unw");
  }

  private static int bytesPerSample(Path phase) {
    return isUnwrapped(phase) ? 4 : 8;
  }

  private static String suffix(String name) {
    return PHASE_SUFFIXES.stream().filter(name::endsWith)
        .reduce((a, b) -> a.length() >= b.length() ? a : b).orElse("");
  }

  private static int preference(String name) {
    return PHASE_SUFFIXES.indexOf(suffix(name));
  }

  private static int lines(Path file, int width, int bytesPerSample) throws IOException {
    return lines(file, Files.size(file), width, bytesPerSample);
  }

  /**
   * The lines of a file of {@code size} bytes at {@code width}.
   *
   * @throws IOException naming the file when the size is no whole number of lines, or more lines
   *     than a band can have (a wrong width, or a file that is no interferogram)
   */
  static int lines(Path file, long size, int width, int bytesPerSample) throws IOException {
    long row = (long) width * bytesPerSample;
    if (size == 0) {
      throw new IOException(file + ": empty (0 bytes)");
    }
    if (size % row != 0) {
      throw new IOException(file + ": " + size + " bytes is not a whole number of lines of "
          + width + " samples of " + bytesPerSample + " bytes (width from the .par file, or the DEM"
          + " parameter file of geocoded interferograms)");
    }
    if (size / row > Integer.MAX_VALUE) {
      throw new IOException(file + ": " + size + " bytes is " + size / row + " lines of " + width
          + " samples of " + bytesPerSample + " bytes, more than the " + Integer.MAX_VALUE
          + " lines a band can have: is the width from the .par file (or the DEM parameter file)"
          + " this file's?");
    }
    return (int) (size / row);
  }

  private static void checkSize(Path file, int width, int height, int bytesPerSample, Path first)
      throws IOException {
    int lines = lines(file, width, bytesPerSample);
    if (lines != height) {
      throw new IOException(file + ": " + width + " x " + lines + " samples, but " + first
          + " has " + width + " x " + height);
    }
  }
}
