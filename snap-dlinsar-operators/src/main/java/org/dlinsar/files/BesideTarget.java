package org.dlinsar.files;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.esa.snap.core.dataio.ProductWriter;
import org.esa.snap.core.dataio.ProductWriterPlugIn;
import org.esa.snap.core.datamodel.Product;

/**
 * The files a stage writes beside its target product when no parameter names them (CONTRACT.md
 * sections 3 and 4: {@code <target name>.detections.geojson}, {@code <target name>.timeseries.csv}).
 * GPF tells an operator nothing of where its product goes when it initialises; but a product being
 * written carries its writer, whose output is the file (SNAP's writers set it as they start, and
 * so does the headless engine's). So the files are written on the first tile asked for once that
 * is known: with gpt's or the launcher's {@code -t}, or a Write right after the stage. A graph that
 * writes another product (a BandSelect after the stage) gives no file, and names one with the
 * parameter. Thread-safe: the files are written once.
 */
public final class BesideTarget {

  private final Product target;
  private final Consumer<Path> writing;
  private final AtomicBoolean written = new AtomicBoolean();

  /**
   * @param target the operator's target product
   * @param writing writes the stage's files, given the target's file (failing as the operator does)
   */
  public BesideTarget(Product target, Consumer<Path> writing) {
    this.target = target;
    this.writing = writing;
  }

  /**
   * Writes the files beside the target's file the first time the target is found being written
   * to one; otherwise nothing.
   */
  public void writeOnceWritten() {
    Path file = writtenTo(target);
    if (file != null && written.compareAndSet(false, true)) {
      writing.accept(file);
    }
  }

  /**
   * The file {@code product} is being written to, or null when it is not being written to one;
   * in a format other than BEAM-DIMAP, without the format's own extension ({@code out.tif} gives
   * {@code out}), so the files beside it are {@code out.detections.geojson}, not {@code
   * out.tif.detections.geojson} (a DIMAP header's {@code .dim} is {@link SideFiles#productName}'s).
   */
  static Path writtenTo(Product product) {
    ProductWriter writer = product.getProductWriter();
    Object output = writer == null ? null : writer.getOutput();
    Path file = output instanceof File f ? f.toPath()
        : output instanceof Path path ? path
        : output instanceof String name && !name.isBlank() ? Path.of(name)
        : null;
    return file == null ? null : withoutExtension(file, writer.getWriterPlugIn());
  }

  private static Path withoutExtension(Path file, ProductWriterPlugIn plugIn) {
    String[] extensions = plugIn == null ? null : plugIn.getDefaultFileExtensions();
    if (extensions == null || Arrays.asList(extensions).contains(SideFiles.PRODUCT_HEADER)) {
      return file;
    }
    String name = file.getFileName().toString();
    for (String extension : extensions) {
      if (extension != null && !extension.isEmpty() && name.length() > extension.length()
          && name.regionMatches(true, name.length() - extension.length(), extension, 0, extension.length())) {
        return file.resolveSibling(name.substring(0, name.length() - extension.length()));
      }
    }
    return file;
  }
}
