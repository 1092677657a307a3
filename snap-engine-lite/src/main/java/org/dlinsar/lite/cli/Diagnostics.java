package org.dlinsar.lite.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.dlinsar.lite.ModuleProperties;
import org.dlinsar.lite.Parallelism;
import org.dlinsar.lite.TileCacheSize;
import org.dlinsar.lite.graph.OperatorInfo;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.dataio.ProductReaderPlugIn;

/**
 * {@code dlinsar --diag}: what gpt's {@code --diag} prints (version, Java, processors, heap, tile
 * cache and parallelism, with {@code -c}, {@code -q} and {@code -D} applied) and the operators the
 * class path holds, which tells a stale or missing plugin jar apart from a wrong alias; and
 * {@code -iformat} and {@code -oformat}, the formats read and written.
 */
final class Diagnostics {

  private static final long K = 1024;
  private static final long M = K * K;
  private static final long G = M * K;

  private Diagnostics() {}

  static void print(PrintStream out, List<OperatorInfo> operators) {
    Runtime runtime = Runtime.getRuntime();
    out.println("DL-InSAR version " + ModuleProperties.buildVersion());
    out.println("Java home: " + System.getProperty("java.home"));
    out.println("Java version: " + System.getProperty("java.version"));
    out.println("Processors: " + runtime.availableProcessors());
    out.println("Max memory: " + fromBytes(runtime.maxMemory()));
    out.println("Cache size: " + fromBytes(TileCacheSize.bytes()));
    out.println("Tile parallelism: " + Parallelism.threads());
    // the engine has no global tile size: each product's is chosen as SNAP chooses a preferred one
    out.println("Tile size: per product, as SNAP chooses its preferred tile size");
    out.println("Operators: " + operators.size());
    for (OperatorInfo operator : operators) {
      out.println(String.format(Locale.ROOT, "  %-22s %s%s", operator.alias(),
          operator.version().isBlank() ? "" : "version " + operator.version(),
          operator.isInternal() ? " (internal)" : ""));
    }
    out.println();
    out.println("To configure the memory: JAVA_OPTS=-Xmx<size> bin/dlinsar ...");
    out.println("To configure the cache size and parallelism: bin/dlinsar -c <size>[K|M|G] -q <threads> ...,");
    out.println("or -D" + TileCacheSize.PROPERTY + "=<megabytes> -D" + Parallelism.PROPERTY + "=<threads>");
  }

  /** {@code -oformat}: the engine writes BEAM-DIMAP only. */
  static void printOutputFormats(PrintStream out) {
    out.println("Output formats: ");
    out.println(ProductIO.DEFAULT_FORMAT_NAME + " (.dim)");
  }

  /** {@code -iformat}: BEAM-DIMAP, read by the engine itself, and the reader plug-ins found. */
  static void printInputFormats(PrintStream out) {
    out.println("Input formats: ");
    out.println(ProductIO.DEFAULT_FORMAT_NAME + " (.dim)");
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    for (ProductReaderPlugIn plugIn : ServiceLoader.load(ProductReaderPlugIn.class, loader)) {
      String[] names = plugIn.getFormatNames();
      String[] extensions = plugIn.getDefaultFileExtensions();
      if (names.length > 0 || extensions.length > 0) {
        out.println(String.join(",", names) + " (" + String.join(",", extensions) + ")");
      }
    }
  }

  /** A size as gpt's {@code --diag} prints it: one decimal in the largest unit it exceeds. */
  static String fromBytes(long bytes) {
    if (bytes > G) {
      return String.format(Locale.ROOT, "%.1f GB", (double) bytes / G);
    } else if (bytes > M) {
      return String.format(Locale.ROOT, "%.1f MB", (double) bytes / M);
    } else if (bytes > K) {
      return String.format(Locale.ROOT, "%.1f KB", (double) bytes / K);
    }
    return bytes + " B";
  }
}
