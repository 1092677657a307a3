package org.dlinsar.lite.dimap;

import com.bc.ceres.core.ProgressMonitor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.VirtualBand;

/**
 * Writes a product as BEAM-DIMAP, as SNAP 12-14 writes it: {@code <name>.dim} (DIMAP 2.13.0) and
 * {@code <name>.data/} with one big-endian ENVI {@code .img}/{@code .hdr} pair per non-virtual
 * band and per tie-point grid.
 *
 * <p>All or nothing: the header and data folder are written under temporary names beside the
 * target, band data first (tiles pulled in parallel and written as they come, see
 * {@link BandFilesWriter}), the header last, and renamed into place only when all of it is
 * complete, replacing an existing product of that name. A failure or a cancellation deletes the
 * temporaries and leaves an existing product untouched.
 */
public final class DimapProductWriter {

  private static final String DIM_EXTENSION = ".dim";
  private static final String DATA_EXTENSION = ".data";

  private DimapProductWriter() {
  }

  /**
   * Writes {@code product} to {@code file}; {@code .dim} is appended when the name lacks it.
   * Reports {@code beginTask("Writing <name>", tiles)}, {@code worked(1)} per tile of the
   * product's tile grid and {@code done()} to {@code pm}.
   *
   * @throws java.io.InterruptedIOException "writing &lt;file&gt; cancelled" if {@code pm} is
   *     cancelled; nothing is left behind
   * @throws IOException naming the file if the target folder is missing or not writable, or a
   *     band cannot be read or written
   * @throws RuntimeException unchanged, when an operator computing a band fails
   */
  public static void write(Product product, File file, ProgressMonitor pm) throws IOException {
    Path dimTarget = withDimExtension(file).toPath().toAbsolutePath();
    checkFolder(dimTarget);
    String baseName = dimTarget.getFileName().toString();
    baseName = baseName.substring(0, baseName.length() - DIM_EXTENSION.length());
    String dataDirName = baseName + DATA_EXTENSION;
    StagedProductFiles staged = new StagedProductFiles(dimTarget, dimTarget.resolveSibling(dataDirName));

    List<Band> bands = new ArrayList<>();
    for (Band band : product.getBands()) {
      if (!(band instanceof VirtualBand)) {
        bands.add(band);
      }
    }
    List<Path> imageFiles = new ArrayList<>();
    for (Band band : bands) {
      imageFiles.add(staged.dataFolder().resolve(band.getName() + EnviHeader.IMAGE_EXTENSION));
    }
    BandFilesWriter bandFiles = new BandFilesWriter(bands, imageFiles,
        BandFilesWriter.tileSize(product.getPreferredTileSize(), bands), pm, dimTarget.toString());

    pm.beginTask("Writing " + product.getName(), bandFiles.tileCount());
    try {
      createDataFolder(staged, dimTarget);
      bandFiles.write();
      for (Band band : bands) {
        EnviHeader.write(staged.dataFolder().resolve(band.getName() + EnviHeader.HEADER_EXTENSION), band.getName(),
            band.getDescription(), band.getUnit(), band.getDataType(), band.getRasterWidth(), band.getRasterHeight(),
            band.getSpectralWavelength(), band.getScalingFactor(), band.getScalingOffset());
      }
      DimapTiePointGrids.writeGridFiles(product, staged.dataFolder());
      new DimapHeaderWriter(product, dataDirName).write(staged.dimFile(), product.getName() + DIM_EXTENSION);
      staged.commit();
    } catch (IOException | RuntimeException | Error e) {
      staged.discard(e);
      throw e;
    } finally {
      pm.done();
    }
  }

  private static File withDimExtension(File file) {
    return file.getName().toLowerCase(Locale.ROOT).endsWith(DIM_EXTENSION)
        ? new File(file.getPath().substring(0, file.getPath().length() - DIM_EXTENSION.length()) + DIM_EXTENSION)
        : new File(file.getPath() + DIM_EXTENSION);
  }

  /** NIO names only the temporary folder it could not create; the message names the target too. */
  private static void createDataFolder(StagedProductFiles staged, Path dimTarget) throws IOException {
    try {
      staged.createDataFolder();
    } catch (IOException e) {
      throw FileErrors.cannot("write", dimTarget, e);
    }
  }

  private static void checkFolder(Path dimTarget) throws IOException {
    Path folder = dimTarget.getParent();
    if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new IOException("cannot write " + dimTarget + ": " + folder + " is not a directory");
    }
    if (folder == null || !Files.isDirectory(folder)) {
      throw new IOException("cannot write " + dimTarget + ": folder " + folder + " does not exist");
    }
    if (!Files.isWritable(folder)) {
      throw new IOException("cannot write " + dimTarget + ": folder " + folder + " is not writable");
    }
  }
}
