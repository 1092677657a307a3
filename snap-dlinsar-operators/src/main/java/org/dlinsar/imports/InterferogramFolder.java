package org.dlinsar.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.esa.snap.core.dataio.DecodeQualification;

/**
 * The folder layouts SNAP's reader plug-ins open as an interferogram stack: what a user may pick
 * in SNAP's file chooser or give a Read node (the folder itself, or a file in it that names the
 * layout), which folder that means, and the stack it holds. Every pair is taken (no span limit);
 * {@code bin/dlinsar import} adds the options.
 */
enum InterferogramFolder {

  /** A LiCSAR frame: its folder, or one pair's {@code <pair>.geo.diff_pha.tif} (or {@code .geo.unw.tif}). */
  LICSAR("DL-InSAR-LiCSAR", ".geo.diff_pha.tif",
      "COMET LiCSAR frame (pair folders of wrapped phase and coherence GeoTIFFs)") {
    @Override
    Path folder(Path input) {
      if (Files.isDirectory(input)) {
        return input;
      }
      // absolute: a bare name (gpt's Read of x.geo.diff_pha.tif run inside the folder) has no parent
      Path pairFolder = input.toAbsolutePath().getParent();
      return pairFolder == null ? null : pairFolder.getParent();
    }

    @Override
    boolean holds(Path folder, Path input) throws IOException {
      if (!Files.isDirectory(input) && LICSAR_PHASES.stream().noneMatch(fileName(input)::endsWith)) {
        return false;
      }
      try (Stream<Path> children = Files.list(folder)) {
        return children.anyMatch(child -> PairFileName.of(fileName(child)).isPresent()
            && LICSAR_PHASES.stream().anyMatch(phase -> Files.isRegularFile(child.resolve(fileName(child) + phase))));
      }
    }

    @Override
    ImportedStack scan(Path folder, Path input) throws IOException {
      return LicsarFrame.scan(folder, 0);
    }
  },

  /**
   * GAMMA differential interferograms: their folder, or the {@code .par}, beside them or in a
   * {@code headers/} folder beside them (as PyRate keeps a stack's parameter files; {@code import
   * --par headers/<file> FOLDER} reads the same). A folder of interferograms is claimed whatever
   * {@code .par} files lie beside them, so that one of several (a real folder has one per date,
   * and baseline {@code base.par} files), or none, is told which to open rather than that no
   * reader opens it.
   */
  GAMMA("DL-InSAR-GAMMA", ".par",
      "GAMMA interferograms (<ref>_<sec>.diff or .unw, .cc, and a .par for the width)") {
    @Override
    Path folder(Path input) {
      if (Files.isDirectory(input)) {
        return input;
      }
      Path parFolder = input.toAbsolutePath().getParent();
      Path above = parFolder == null ? null : parFolder.getParent();
      boolean inHeaders = above != null
          && fileName(parFolder).toLowerCase(Locale.ROOT).equals("headers");
      return inHeaders && !holdsPhase(parFolder) && holdsPhase(above) ? above : parFolder;
    }

    @Override
    boolean holds(Path folder, Path input) throws IOException {
      return (Files.isDirectory(input) || fileName(input).endsWith(".par")) && holdsPhase(folder);
    }

    @Override
    ImportedStack scan(Path folder, Path input) throws IOException {
      List<Path> pars = Files.isDirectory(input) ? parFiles(folder) : List.of(input);
      if (pars.isEmpty()) {
        throw new IOException(folder + ": no .par beside the interferograms; open the one that"
            + " gives their width and radar frequency (their MLI's .par, here or in headers/)"
            + " instead of the folder");
      }
      if (pars.size() != 1) {
        throw new IOException(folder + ": " + pars.size() + " .par files; open the one that gives"
            + " the interferograms' width and radar frequency (their MLI's .par) instead of the folder");
      }
      return GammaStack.scan(folder, GammaPar.read(pars.get(0)), 0);
    }
  },

  /** Plain GeoTIFFs with a pair's dates in their names: their folder, or one of them. */
  GEOTIFF("DL-InSAR-GeoTIFF-pairs", ".tif",
      "Folder of wrapped-phase GeoTIFFs named with their pair's dates") {
    @Override
    Path folder(Path input) {
      return Files.isDirectory(input) ? input
          : PlainGeoTiffs.isTiff(input) && PairFileName.inside(fileName(input)).isPresent()
              ? input.toAbsolutePath().getParent() : null;
    }

    @Override
    boolean holds(Path folder, Path input) throws IOException {
      try (Stream<Path> files = Files.list(folder)) {
        return files.anyMatch(f -> PlainGeoTiffs.isTiff(f) && PairFileName.inside(fileName(f)).isPresent());
      }
    }

    @Override
    ImportedStack scan(Path folder, Path input) throws IOException {
      return PlainGeoTiffs.scan(folder, 0);
    }

    @Override
    DecodeQualification qualification() {
      return DecodeQualification.SUITABLE; // GeoTIFFs of other kinds may carry dates too
    }
  };

  /** A LiCSAR pair's phase: wrapped, or unwrapped where the wrapped is not there. */
  private static final List<String> LICSAR_PHASES = List.of(LicsarFrame.WRAPPED, LicsarFrame.UNWRAPPED);

  final String formatName;
  final String extension;
  final String description;

  InterferogramFolder(String formatName, String extension, String description) {
    this.formatName = formatName;
    this.extension = extension;
    this.description = description;
  }

  /** The folder {@code input} means, or null when it cannot mean one. */
  abstract Path folder(Path input);

  /** Whether {@code folder} (from {@code input}) looks like this layout: names only, no file read. */
  abstract boolean holds(Path folder, Path input) throws IOException;

  /**
   * @throws IOException one line naming the file or folder that is not as the layout wants
   */
  abstract ImportedStack scan(Path folder, Path input) throws IOException;

  /** What {@link #decode} answers for a folder of this layout. */
  DecodeQualification qualification() {
    return DecodeQualification.INTENDED;
  }

  /** How well this layout's reader can open {@code input}; never throws. */
  DecodeQualification decode(Path input) {
    try {
      Path folder = input == null || !Files.exists(input) ? null : folder(input);
      return folder != null && Files.isDirectory(folder) && holds(folder, input)
          ? qualification() : DecodeQualification.UNABLE;
    } catch (IOException | RuntimeException e) {
      return DecodeQualification.UNABLE;
    }
  }

  private static String fileName(Path path) {
    Path name = path.getFileName();
    return name == null ? "" : name.toString();
  }

  /** Whether {@code folder} holds a GAMMA interferogram ({@link GammaStack#isPhase}); never throws. */
  private static boolean holdsPhase(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(f -> GammaStack.isPhase(fileName(f)));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static List<Path> parFiles(Path folder) throws IOException {
    // a DEM parameter file gives a geocoded stack's grid, not the radar frequency
    return FolderFiles.named(folder, name -> !GammaDemPar.isDemPar(name)
        && name.toLowerCase(Locale.ROOT).endsWith(".par"));
  }
}
