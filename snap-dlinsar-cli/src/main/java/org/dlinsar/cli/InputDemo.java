package org.dlinsar.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dlinsar.detect.DetectionsRead;
import org.dlinsar.files.StagedFile;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.lite.cli.ConsoleProgressMonitor;
import org.dlinsar.report.DemoFigures;
import org.dlinsar.report.HtmlReport;
import org.dlinsar.report.InputPage;
import org.dlinsar.report.InputReport;
import org.dlinsar.report.LocalSbasResults;
import org.dlinsar.report.Quicklook;
import org.dlinsar.report.ReportPage;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Product;

/**
 * {@code dlinsar demo --input <stack.dim> <folder>}: the demo's chain and reports on a given
 * BEAM-DIMAP interferogram stack, which has no truth, so the reports carry no scores.
 */
final class InputDemo {

  private InputDemo() {
  }

  /** Checks {@code input} before anything is written, runs the chain and writes both reports. */
  static Path run(Path input, Path folder, PrintStream err) throws Exception {
    checkStack(input);
    String file = input.getFileName().toString();
    String stem = file.endsWith(".dim") ? file.substring(0, file.length() - ".dim".length()) : file;
    String chainName = stem + "_chain";
    Files.createDirectories(folder);
    DemoCommand.removePreviousRun(folder, chainName);
    err.println("running graphs/detection-first.xml (mask, gradient stack, detect, unwrap, local SBAS) on " + input);
    Path chainFile = folder.resolve(chainName + ".dim");
    ChainGraph.Run run = ChainGraph.run(input, chainFile, ConsoleProgressMonitor.forGraphs(err));

    Product stack = ProductIO.readProduct(input.toFile());
    Product chain = ProductIO.readProduct(chainFile.toFile());
    try {
      List<DetectionsRead.Row> rows = DetectionsRead.from(chain);
      LocalSbasResults sbas = LocalSbasResults.read(chain, folder.resolve(chainName + ".timeseries.csv"), rows);
      List<PixelBox> found = rows.stream().map(DetectionsRead.Row::box).toList();
      int w = chain.getSceneRasterWidth();
      int h = chain.getSceneRasterHeight();
      Quicklook.write(DemoFigures.gradientMagnitude(chain), w, h, found, Quicklook.DETECTION_COLOUR, folder.resolve("gradient_magnitude.png"));
      ReportPage page = InputPage.build(input.toString(), stack, chain, rows, sbas,
          run.timings());
      Path html = folder.resolve("report.html");
      HtmlReport.write(page, html);
      StagedFile.writeText(folder.resolve("report.md"), "report",
          InputReport.markdown(page, chainName));
      return html;
    } finally {
      chain.dispose();
      stack.dispose();
    }
  }

  /** One line naming {@code input} when it is missing, unreadable or holds no interferogram. */
  static void checkStack(Path input) throws IOException {
    if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
      throw new IOException("demo: input " + input + " does not exist or cannot be read");
    }
    Product product;
    try {
      product = ProductIO.readProduct(input.toFile());
    } catch (IOException | RuntimeException e) {
      throw new IOException("demo: input " + input + " is not a readable product: " + firstLine(e.getMessage()), e);
    }
    if (product == null) {
      throw new IOException("demo: input " + input + " is not a readable product (BEAM-DIMAP .dim expected)");
    }
    try {
      InterferogramStack.of(product);
    } catch (IllegalArgumentException e) {
      throw new IOException("demo: input " + input + " has no usable interferograms: " + firstLine(e.getMessage()), e);
    } finally {
      product.dispose();
    }
  }

  private static String firstLine(String message) {
    return message == null ? "unknown error" : message.lines().findFirst().orElse("");
  }
}
