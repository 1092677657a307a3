package org.dlinsar.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.dlinsar.ifg.Pair;

/**
 * A COMET LiCSAR frame folder: one {@code <yyyymmdd>_<yyyymmdd>/} folder per pair holding
 * {@code <pair>.geo.diff_pha.tif} (wrapped phase, float32 or float64, radians), or else {@code
 * <pair>.geo.unw.tif} (unwrapped phase, wrapped into phasors; 0, LiCSAR's "not unwrapped", is no
 * data), as LiCSBAS downloads a frame, and {@code <pair>.geo.cc.tif}
 * (coherence, uint8 scaled 0-255 or float), all on one WGS84 lon/lat grid; the frame's heights
 * {@code <frame>.geo.hgt.tif} when one that fits lies in the folder, its {@code metadata/}, or
 * the {@code metadata/} beside it (LiCSAR's portal puts {@code interferograms/} and {@code metadata/}
 * side by side).
 */
public final class LicsarFrame {

  /** The stack format's name in the import metadata. */
  static final String FORMAT = "LiCSAR";
  private static final String METADATA = "metadata";
  /** A pair's wrapped phase, taken when there. */
  static final String WRAPPED = ".geo.diff_pha.tif";
  /** A pair's unwrapped phase, taken where its wrapped phase is not. */
  static final String UNWRAPPED = ".geo.unw.tif";

  private LicsarFrame() {}

  private static final Logger LOG = Logger.getLogger(LicsarFrame.class.getName());

  /** As {@link #scan(Path, int, Consumer)}, its warnings logged (SNAP's reader plug-in). */
  public static GeoTiffStack scan(Path folder, int maxSpanDays) throws IOException {
    return scan(folder, maxSpanDays, LOG::warning);
  }

  /**
   * Scans {@code folder}, keeping pairs of at most {@code maxSpanDays} (0: all). A pair folder
   * holding neither phase file is passed over with one line to {@code warnings} naming it: a
   * download cut short leaves such folders, and their pairs would be missing from the stack unseen.
   *
   * @throws IOException one line naming the folder without pairs (and the pair folders without
   *     phase, when there are some), a pair folder whose dates are no pair (not a date, one date
   *     twice), the pair without coherence, the GeoTIFF that is not float phase, or the file on
   *     another grid
   */
  public static GeoTiffStack scan(Path folder, int maxSpanDays, Consumer<String> warnings)
      throws IOException {
    List<Path> children;
    try (Stream<Path> listing = Files.list(folder)) {
      children = listing.filter(Files::isDirectory).sorted().toList();
    }
    List<ImportedPair> pairs = new ArrayList<>();
    List<Pair> leftOut = new ArrayList<>();
    List<Path> unwrapped = new ArrayList<>();
    List<Path> withoutPhase = new ArrayList<>();
    for (Path child : children) {
      String name = child.getFileName().toString();
      Optional<Pair> pair = PairFileName.of(name);
      Optional<String> flaw = PairFileName.flawInside(name);
      if (flaw.isPresent() && name.matches("\\d{8}_\\d{8}")) {
        throw new IOException(child + ": its name is no pair of dates: " + flaw.get());
      }
      if (pair.isEmpty() || !name.equals(PairFileName.format(pair.get()))) {
        continue;
      }
      Path phase = child.resolve(name + WRAPPED);
      Path coherence = child.resolve(name + ".geo.cc.tif");
      if (!Files.isRegularFile(phase)) {
        // a pair folder of the unwrapped phase only (LiCSBAS takes no more) was passed over
        phase = child.resolve(name + UNWRAPPED);
        if (!Files.isRegularFile(phase)) {
          withoutPhase.add(child);
          continue;
        }
        unwrapped.add(phase);
      }
      if (!SpanLimit.keeps(maxSpanDays, pair.get().spanDays())) {
        leftOut.add(pair.get());
        continue;
      }
      if (!Files.isRegularFile(coherence)) {
        throw new IOException(phase + ": no coherence " + coherence.getFileName() + " beside it");
      }
      pairs.add(new ImportedPair(pair.get(), phase, coherence));
    }
    if (pairs.isEmpty()) {
      throw new IOException(folder + ": no LiCSAR pairs <yyyymmdd>_<yyyymmdd>/<pair>.geo.diff_pha.tif"
          + " (or .geo.unw.tif)" + (maxSpanDays > 0 ? " spanning at most " + maxSpanDays + " days" : "")
          + (withoutPhase.isEmpty() ? "" : withoutPhase.size() == 1
              ? "; the pair folder " + withoutPhase.get(0) + " holds no phase file"
              : "; " + withoutPhase.size() + " pair folders hold no phase file, e.g. " + withoutPhase.get(0)));
    }
    for (Path child : withoutPhase) {
      String name = child.getFileName().toString();
      warnings.accept(child + ": no phase (" + name + WRAPPED + " or " + UNWRAPPED + "); pair passed over");
    }
    GeoTiffStack stack = GeoTiffStack.of(FORMAT, pairs, SpanLimit.of(maxSpanDays, leftOut))
        .withZeroAsNoData(unwrapped);
    List<Path> heights = new ArrayList<>();
    for (Path where : metadataPlaces(folder)) {
      heights.addAll(FolderFiles.named(where, name -> name.endsWith(".geo.hgt.tif")));
    }
    return (GeoTiffStack) ElevationFiles.attachFound(stack, heights);
  }

  /**
   * Where a frame keeps its metadata ({@code <frame>.geo.hgt.tif}, {@code .geo.U.tif}, {@code
   * baselines}): the frame's folder, its {@code metadata/}, the {@code metadata/} beside it.
   */
  static List<Path> metadataPlaces(Path folder) {
    return FolderFiles.besides(folder, List.of(METADATA));
  }

  /** Where the frame of {@code stack}'s pair folders keeps its metadata. */
  static List<Path> metadataPlaces(GeoTiffStack stack) {
    return metadataPlaces(stack.pairs().get(0).phase().toAbsolutePath().getParent().getParent());
  }
}
