package org.dlinsar.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dlinsar.ifg.Pair;

/**
 * A folder of GeoTIFFs whose names hold their pair's dates ({@code ..._20180106-20180130_....tif},
 * '-' or '_' between the dates): one phase file per pair, and a coherence file of the same pair
 * when its name has a {@code cc} or {@code coh} token; without one, coherence is estimated. The
 * heights: the GeoTIFF without dates whose name has a {@code dem}, {@code hgt}, {@code height} or
 * {@code elevation} token, when one such that fits the pairs' grid is in the folder. The
 * acquisitions' first line times: from the GAMMA parameter files of their dates where GAMMA's
 * stacks keep them ({@link GammaAcquisitionTimes}), as PyRate keeps {@code headers/} beside its
 * GeoTIFFs.
 */
public final class PlainGeoTiffs {

  private static final Set<String> COHERENCE_TOKENS = Set.of("cc", "coh");
  private static final Set<String> ELEVATION_TOKENS = Set.of("dem", "hgt", "height", "elevation");

  private PlainGeoTiffs() {}

  /**
   * Scans {@code folder}, keeping pairs of at most {@code maxSpanDays} (0: all).
   *
   * @throws IOException one line naming the folder without pairs, a file whose name's dates are
   *     no pair (not a date, one date twice), a pair with two phase or two coherence files, the
   *     GeoTIFF that is not float phase, the file on another grid, or two parameter files of one
   *     date that are two acquisitions'
   */
  public static GeoTiffStack scan(Path folder, int maxSpanDays) throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(PlainGeoTiffs::isTiff).sorted().toList();
    }
    Map<Pair, Path> phases = new TreeMap<>();
    Map<Pair, Path> coherences = new TreeMap<>();
    Set<Pair> laterFirst = new HashSet<>();
    List<Pair> leftOut = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      Optional<Pair> pair = PairFileName.inside(name);
      Optional<String> flaw = PairFileName.flawInside(name);
      if (flaw.isPresent()) {
        // named as a pair's file: a typo in its dates would drop the pair without a word
        throw new IOException(file + ": its name is no pair of dates: " + flaw.get());
      }
      if (pair.isEmpty()) {
        continue;
      }
      if (!SpanLimit.keeps(maxSpanDays, pair.get().spanDays())) {
        if (!isCoherence(name)) {
          leftOut.add(pair.get());
        }
        continue;
      }
      Map<Pair, Path> role = isCoherence(name) ? coherences : phases;
      if (role == phases && PairFileName.namesLaterFirst(name)) {
        laterFirst.add(pair.get());
      }
      Path other = role.putIfAbsent(pair.get(), file);
      if (other != null) {
        throw new IOException(file + ": a second file for pair " + pair.get() + " besides " + other);
      }
    }
    if (phases.isEmpty()) {
      throw new IOException(folder + ": no GeoTIFF with two dates <yyyymmdd>-<yyyymmdd> in its name"
          + (maxSpanDays > 0 ? " spanning at most " + maxSpanDays + " days" : ""));
    }
    GeoTiffStack stack = GeoTiffStack.of("GeoTIFF", phases.entrySet().stream()
        .map(e -> new ImportedPair(e.getKey(), e.getValue(), coherences.get(e.getKey()),
            laterFirst.contains(e.getKey()))).toList(), SpanLimit.of(maxSpanDays, leftOut));
    stack = stack.withFirstLineTimes(GammaAcquisitionTimes.ofPairs(folder, stack.pairs()));
    return (GeoTiffStack) ElevationFiles.attachFound(stack, files.stream()
        .filter(f -> PairFileName.inside(f.getFileName().toString()).isEmpty()
            && hasToken(f.getFileName().toString(), ELEVATION_TOKENS))
        .toList());
  }

  static boolean isTiff(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(file) && (name.endsWith(".tif") || name.endsWith(".tiff"));
  }

  private static boolean isCoherence(String name) {
    return hasToken(name, COHERENCE_TOKENS);
  }

  private static boolean hasToken(String name, Set<String> tokens) {
    return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[._-]")).anyMatch(tokens::contains);
  }
}
