package org.dlinsar.imports;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dlinsar.ifg.Pair;
import org.dlinsar.ifg.RadarWavelength;
import org.esa.snap.core.datamodel.MetadataElement;

/**
 * A folder of GAMMA differential interferograms {@code <ref>_<sec>.diff} (or
 * {@code .diff.ml.sm}), fcomplex big-endian, width from a {@code .par} file; coherence from
 * {@code <ref>_<sec>.cc} (float32 big-endian) beside each when present; heights from a float32
 * big-endian DEM on the interferograms' grid when given, or when the folder holds one such
 * {@code .hgt} (GAMMA's heights in radar geometry) or {@code .dem} (a geocoded stack's).
 *
 * @param height lines, from the size of the files
 * @param pairs sorted by reference, then secondary date
 * @param elevation the DEM, or null
 */
public record GammaStack(GammaPar par, int height, List<ImportedPair> pairs, Path elevation)
    implements ImportedStack {

  @Override
  public String format() {
    return "GAMMA";
  }

  @Override
  public int width() {
    return par.width();
  }

  @Override
  public float[] complex(ImportedPair pair, Rectangle box) {
    return BigEndianRaster.read(pair.phase(), par.width(), 2, box.x, box.y, box.width, box.height);
  }

  @Override
  public float[] coherence(ImportedPair pair, Rectangle box) {
    return BigEndianRaster.read(pair.coherence(), par.width(), 1, box.x, box.y, box.width, box.height);
  }

  @Override
  public float[] elevation(Rectangle box) {
    return BigEndianRaster.read(elevation, par.width(), 1, box.x, box.y, box.width, box.height);
  }

  /**
   * @throws IOException one line naming the DEM when its size is not the interferograms' width
   *     times height of float32 samples
   */
  @Override
  public GammaStack withElevation(Path dem) throws IOException {
    checkSize(dem, par.width(), height, 4, pairs.get(0).phase());
    return new GammaStack(par, height, pairs, dem);
  }

  @Override
  public void describe(MetadataElement abs) {
    abs.setAttributeDouble(RadarWavelength.RADAR_FREQUENCY, par.radarFrequencyMHz());
    par.rangeSpacingMetres().ifPresent(v -> abs.setAttributeDouble("range_spacing", v));
    par.azimuthSpacingMetres().ifPresent(v -> abs.setAttributeDouble("azimuth_spacing", v));
    par.incidenceDeg().ifPresent(v -> {
      abs.setAttributeDouble("incidence_near", v);
      abs.setAttributeDouble("incidence_far", v);
    });
  }

  /** Suffixes of phase files, the first found per pair wins. */
  private static final List<String> PHASE_SUFFIXES = List.of(".diff", ".diff.ml.sm");

  /**
   * Scans {@code folder}, keeping pairs of at most {@code maxSpanDays} (0: all).
   *
   * @throws IOException one line naming the folder without pairs or the file whose size does not
   *     match the width or the other files
   */
  public static GammaStack scan(Path folder, GammaPar par, int maxSpanDays) throws IOException {
    List<ImportedPair> pairs = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.sorted().toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      Optional<Pair> pair = PairFileName.of(name);
      if (pair.isEmpty() || !name.equals(PairFileName.format(pair.get()) + phaseSuffix(name))
          || pairs.stream().anyMatch(p -> p.pair().equals(pair.get()))) {
        continue;
      }
      if (maxSpanDays > 0 && pair.get().spanDays() > maxSpanDays) {
        continue;
      }
      Path cc = folder.resolve(PairFileName.format(pair.get()) + ".cc");
      pairs.add(new ImportedPair(pair.get(), file, Files.isRegularFile(cc) ? cc : null));
    }
    if (pairs.isEmpty()) {
      throw new IOException(folder + ": no GAMMA interferograms <yyyymmdd>_<yyyymmdd>.diff"
          + (maxSpanDays > 0 ? " spanning at most " + maxSpanDays + " days" : ""));
    }
    pairs.sort((a, b) -> a.pair().compareTo(b.pair()));
    int height = lines(pairs.get(0).phase(), par.width(), 8);
    for (ImportedPair p : pairs) {
      checkSize(p.phase(), par.width(), height, 8, pairs.get(0).phase());
      if (p.coherence() != null) {
        checkSize(p.coherence(), par.width(), height, 4, pairs.get(0).phase());
      }
    }
    GammaStack stack = new GammaStack(par, height, List.copyOf(pairs), null);
    return (GammaStack) ElevationFiles.attachFound(stack, ElevationFiles.named(folder,
        name -> name.endsWith(".hgt") || name.endsWith(".dem")));
  }

  /** Whether {@code name} is a phase file's (see PHASE_SUFFIXES). */
  static boolean isPhase(String name) {
    return PHASE_SUFFIXES.stream().anyMatch(name::endsWith);
  }

  private static String phaseSuffix(String name) {
    return PHASE_SUFFIXES.stream().filter(name::endsWith)
        .reduce((a, b) -> a.length() >= b.length() ? a : b).orElse("?");
  }

  private static int lines(Path file, int width, int bytesPerSample) throws IOException {
    long size = Files.size(file);
    long row = (long) width * bytesPerSample;
    if (size == 0 || size % row != 0) {
      throw new IOException(file + ": " + size + " bytes is not a whole number of lines of "
          + width + " samples of " + bytesPerSample + " bytes (width from the .par file)");
    }
    return Math.toIntExact(size / row);
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
