package org.dlinsar.lite.dimap;

import com.bc.ceres.core.ProgressMonitor;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dlinsar.lite.geo.TiePointGrid;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductNode;
import org.esa.snap.core.datamodel.VirtualBand;

/**
 * Writes a product as BEAM-DIMAP, as SNAP 12-14 writes it: {@code <name>.dim} (DIMAP 2.13.0) and
 * {@code <name>.data/} with one big-endian ENVI {@code .img}/{@code .hdr} pair per non-virtual
 * band and per tie-point grid.
 *
 * <p>All or nothing: the header and data folder are written under temporary names beside the
 * target, band data first (tiles pulled in parallel and written as they come, see
 * {@link BandFilesWriter}), the header last, and renamed into place only when all of it is
 * complete, replacing a previous product of that name. A failure, a cancellation or a SIGTERM
 * deletes the temporaries and leaves a previous product untouched; what a killed run left is
 * cleared by the next write of that target ({@link StagedProductFiles}, {@link LeftoverStaging}).
 * Anything at the target but a previous BEAM-DIMAP product is refused, never deleted
 * ({@link DimapTarget}).
 */
public final class DimapProductWriter {

  private DimapProductWriter() {
  }

  /**
   * Writes {@code product} to {@code file}; {@code .dim} is appended when the name lacks it. The
   * product is renamed after the file, as SNAP's writer renames it: written to {@code x.dim}, it
   * is {@code x} in the header ({@code DATASET_NAME}) and afterwards in memory.
   * Reports {@code beginTask("Writing <name>", tiles)}, {@code worked(1)} per tile of the
   * product's tile grid and {@code done()} to {@code pm}.
   *
   * @throws java.io.InterruptedIOException "writing &lt;file&gt; cancelled" if {@code pm} is
   *     cancelled; nothing is left behind
   * @throws IOException naming the file if the target name is empty or no valid product name,
   *     the target folder is missing or not writable, something other than a previous product is
   *     at the target, or a band cannot be read or written
   * @throws RuntimeException unchanged, when an operator computing a band fails
   */
  public static void write(Product product, File file, ProgressMonitor pm) throws IOException {
    DimapTarget target = DimapTarget.of(file);
    List<Band> bands = new ArrayList<>();
    for (Band band : product.getBands()) {
      if (!(band instanceof VirtualBand)) {
        bands.add(band);
      }
    }
    requireFileNames(bands, DimapTiePointGrids.grids(product), target);
    target.prepare();
    // as SNAP's writer (ensureNamingConvention): the product takes its file's name, in the header
    // and in memory; the target's, never the staged files' temporary names
    product.setName(target.productName());
    String dataDirName = target.dataFolder().getFileName().toString();
    StagedProductFiles staged = StagedProductFiles.stage(target);
    List<Path> imageFiles = new ArrayList<>();
    for (Band band : bands) {
      imageFiles.add(staged.dataFolder().resolve(band.getName() + EnviHeader.IMAGE_EXTENSION));
    }
    BandFilesWriter bandFiles = new BandFilesWriter(bands, imageFiles,
        BandFilesWriter.tileSize(product.getPreferredTileSize(), bands), pm, target.toString());

    pm.beginTask("Writing " + product.getName(), bandFiles.tileCount());
    // as SNAP's writers: operators computing the bands can see where their product goes
    File dimFile = target.dimFile().toFile();
    product.setProductWriter(new DimapWriting(dimFile));
    try {
      staged.createDataFolder();
      bandFiles.write();
      for (Band band : bands) {
        EnviHeader.write(staged.dataFolder().resolve(band.getName() + EnviHeader.HEADER_EXTENSION), band.getName(),
            EnviHeader.description(band.getDescription(), product.getDescription()),
            EnviHeader.unit(band.getUnit(), band.isLog10Scaled()), band.getDataType(), band.getRasterWidth(),
            band.getRasterHeight(), band.getSpectralWavelength(), band.getScalingFactor(), band.getScalingOffset(),
            EnviMapInfo.lines(band.getGeoCoding(), band.getRasterWidth(), band.getRasterHeight()));
      }
      DimapTiePointGrids.writeGridFiles(product, staged.dataFolder());
      try (OutputStream dim = staged.createDimFile()) {
        new DimapHeaderWriter(product, dataDirName).write(dim, staged.dimFile(),
            product.getName() + DimapTarget.DIM_EXTENSION);
      }
      staged.commit();
    } catch (IOException | RuntimeException | Error e) {
      staged.discard(e);
      throw e;
    } finally {
      pm.done();
    }
  }

  /**
   * Each band and tie-point grid becomes {@code <name>.img} in the data folder, so a name taken
   * from an input (a BEAM-DIMAP header's BAND_NAME, which SNAP's constructors do not check) must
   * not leave that folder: '../../x' would write x.img beside the target's parent.
   *
   * @throws IOException naming the target and the node when a name is no valid node name or has a
   *     control character (SNAP allows them; the header and file names cannot keep them all)
   */
  private static void requireFileNames(List<Band> bands, List<TiePointGrid> grids, DimapTarget target)
      throws IOException {
    for (Band band : bands) {
      requireFileName(band.getName(), "band", target);
    }
    for (TiePointGrid grid : grids) {
      requireFileName(grid.getName(), "tie-point grid", target);
    }
  }

  private static void requireFileName(String name, String what, DimapTarget target) throws IOException {
    // SNAP's node names allow control characters; the header's XML and a file name cannot keep them all
    if (!ProductNode.isValidNodeName(name) || DimapTarget.hasControlCharacter(name)) {
      throw new IOException("cannot write " + target.dimFile() + ": its " + what + " '" + name + "' has a name that"
          + " cannot be a file name in its data folder; a name must not be blank, start with '.', or contain"
          + " control characters or any of \\/:*?\"<>| (rename it, e.g. with BandMaths)");
    }
  }
}
