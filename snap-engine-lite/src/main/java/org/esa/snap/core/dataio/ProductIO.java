package org.esa.snap.core.dataio;

import com.bc.ceres.core.ProgressMonitor;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dlinsar.lite.dimap.DimapProductReader;
import org.dlinsar.lite.dimap.DimapProductWriter;
import org.dlinsar.lite.dimap.WriterFormat;
import org.esa.snap.core.datamodel.Product;

/**
 * Reads and writes products, as SNAP's {@code ProductIO}; the headless engine knows one format,
 * BEAM-DIMAP ({@link #DEFAULT_FORMAT_NAME}).
 */
public class ProductIO {

  /** The name of the BEAM-DIMAP format, SNAP's default. */
  public static final String DEFAULT_FORMAT_NAME = "BEAM-DIMAP";

  private static final String DIMAP_EXTENSION = ".dim";

  private ProductIO() {
  }

  /**
   * Reads the product in {@code file} with a reader of one of {@code formatNames} (any format
   * when none is given): BEAM-DIMAP headers ({@code .dim}) with the engine's own reader, anything
   * else with the {@link ProductReaderPlugIn} registered in {@code META-INF/services} that decodes
   * it ({@link #getProductReaderForInput}).
   *
   * @return the product, or null when no reader of the formats asked for fits, as in SNAP
   * @throws IOException naming the file if it does not exist, or if it is a broken product
   *     (a malformed BEAM-DIMAP header, a missing or truncated band file, what a reader refuses)
   */
  public static Product readProduct(File file, String... formatNames) throws IOException {
    if (file == null) {
      throw new IOException("no product file given (null)");
    }
    if (!file.exists()) {
      throw new FileNotFoundException("product file not found: " + file.getPath());
    }
    if (isDimapWanted(formatNames) && file.isFile()
        && file.getName().toLowerCase(Locale.ROOT).endsWith(DIMAP_EXTENSION)) {
      return DimapProductReader.read(file);
    }
    ProductReader reader = readerFor(file, formatNames);
    return reader == null ? null : reader.readProductNodes(file, null);
  }

  /**
   * The reader of the plug-in that decodes {@code input} best, as SNAP chooses: the first that
   * says {@link DecodeQualification#INTENDED}, else the last that says SUITABLE; null when none
   * can. A plug-in that throws is skipped (and logged).
   */
  public static ProductReader getProductReaderForInput(Object input) {
    return readerFor(input);
  }

  private static ProductReader readerFor(Object input, String... formatNames) {
    ProductReaderPlugIn chosen = null;
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    for (ProductReaderPlugIn plugIn : ServiceLoader.load(ProductReaderPlugIn.class, loader)) {
      if (!hasFormat(plugIn, formatNames)) {
        continue;
      }
      DecodeQualification qualification;
      try {
        qualification = plugIn.getDecodeQualification(input);
      } catch (RuntimeException e) {
        Logger.getLogger(ProductIO.class.getName()).log(Level.WARNING,
            "reader plug-in " + plugIn.getClass().getName() + " failed on " + input, e);
        continue;
      }
      if (qualification == DecodeQualification.INTENDED) {
        chosen = plugIn;
        break;
      }
      if (qualification == DecodeQualification.SUITABLE) {
        chosen = plugIn;
      }
    }
    return chosen == null ? null : chosen.createReaderInstance();
  }

  private static boolean hasFormat(ProductReaderPlugIn plugIn, String... formatNames) {
    if (formatNames == null || formatNames.length == 0) {
      return true;
    }
    for (String wanted : formatNames) {
      for (String name : plugIn.getFormatNames()) {
        if (wanted != null && name.equalsIgnoreCase(wanted.trim())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Reads the product at {@code filePath}; see {@link #readProduct(File, String...)}. */
  public static Product readProduct(String filePath) throws IOException {
    if (filePath == null) {
      throw new IOException("no product file given (null)");
    }
    return readProduct(new File(filePath));
  }

  /** Reads the product in {@code file}; see {@link #readProduct(File, String...)}. */
  public static Product readProduct(File file) throws IOException {
    return readProduct(file, new String[0]);
  }

  /** Writes {@code product} to {@code filePath} in {@code formatName}, without progress. */
  public static void writeProduct(Product product, String filePath, String formatName) throws IOException {
    writeProduct(product, filePath, formatName, ProgressMonitor.NULL);
  }

  /** Writes {@code product} to {@code filePath} in {@code formatName}, reporting to {@code pm}. */
  public static void writeProduct(Product product, String filePath, String formatName, ProgressMonitor pm)
      throws IOException {
    if (filePath == null) {
      throw new IOException("no target file given (null) for product " + nameOf(product));
    }
    writeProduct(product, new File(filePath), formatName, false, pm);
  }

  /** Writes {@code product} to {@code file} in {@code formatName}, without progress. */
  public static void writeProduct(Product product, File file, String formatName, boolean incremental)
      throws IOException {
    writeProduct(product, file, formatName, incremental, ProgressMonitor.NULL);
  }

  /**
   * Writes {@code product} to {@code file} ({@code .dim} is appended when missing) through
   * {@link DimapProductWriter#write}: all bands and the header, or nothing when it fails.
   *
   * @param formatName must be BEAM-DIMAP (case-insensitive)
   * @param incremental accepted for SNAP compatibility; the headless writer always writes the
   *     whole product
   * @throws IOException naming the format if it is not BEAM-DIMAP, or naming the file if writing
   *     fails; {@link java.io.InterruptedIOException} if {@code pm} is cancelled
   */
  public static void writeProduct(Product product, File file, String formatName, boolean incremental,
      ProgressMonitor pm) throws IOException {
    if (product == null) {
      throw new IOException("no product given (null) to write to " + file);
    }
    if (file == null) {
      throw new IOException("no target file given (null) for product " + nameOf(product));
    }
    WriterFormat.check(formatName, file);
    DimapProductWriter.write(product, file, pm == null ? ProgressMonitor.NULL : pm);
  }

  private static boolean isDimapWanted(String... formatNames) {
    if (formatNames == null || formatNames.length == 0) {
      return true;
    }
    for (String name : formatNames) {
      if (name != null && DEFAULT_FORMAT_NAME.equalsIgnoreCase(name.trim())) {
        return true;
      }
    }
    return false;
  }

  private static String nameOf(Product product) {
    return product == null ? "(null)" : product.getName();
  }
}
