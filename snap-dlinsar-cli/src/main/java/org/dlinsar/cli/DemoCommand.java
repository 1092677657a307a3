package org.dlinsar.cli;

import org.dlinsar.report.DemoFigures;
import org.dlinsar.report.DetectionFigures;
import org.dlinsar.report.DetectionsRead;
import org.dlinsar.report.DemoPage;
import org.dlinsar.report.DemoReport;
import org.dlinsar.report.HtmlReport;
import org.dlinsar.report.LocalSbasResults;
import org.dlinsar.report.Quicklook;
import org.dlinsar.report.StageTiming;
import java.awt.Color;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dlinsar.lite.cli.ConsoleProgressMonitor;
import org.dlinsar.lite.cli.LauncherCommand;
import org.dlinsar.lite.cli.UsageException;
import org.dlinsar.sim.AcquisitionPlan;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.StackSimulator;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;

/**
 * {@code dlinsar demo <folder>}: the main job. Simulates a landslide stack with its truth, runs
 * the chain that exists today (DL-Mask with Otsu, then Phase-Gradient-Stack) through GPF exactly
 * as the graph {@code graphs/gradient-stack.xml} does, then DL-Detect on the written gradient
 * stack, scores each stage against the truth and writes {@code report.html} (self-contained:
 * quicklooks, detections, scores, timings) and {@code report.md} (for diffing, its quicklooks as
 * PNG files beside it) next to the products.
 *
 * <p>Headless side: never loaded inside SNAP.
 */
public final class DemoCommand implements LauncherCommand {

  private static final String USAGE = String.join("\n",
      "Usage: dlinsar demo [--size <px>] [--dates <n>] [--seed <n>] <folder>",
      "Runs the detection-first chain as far as it exists (mask, gradient stack, detection) on a",
      "simulated landslide stack and writes <folder>/report.html (self-contained, images embedded)",
      "and <folder>/report.md with the figures measured against the simulator's truth.",
      "  --size <px>   raster width and height, 32..512 (default 256; scoring holds whole rasters)",
      "  --dates <n>   acquisitions every 12 days, 3..100, each paired with its next 3 (default 31)",
      "  --seed <n>    scene seed (default 21)");

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String description() {
    return "The main job: simulate a landslide stack, run the chain, write a report against the truth.";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    int size = 256;
    int dates = 31;
    long seed = 21;
    Path folder = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "-h", "--help" -> {
          out.println(USAGE);
          return 0;
        }
        case "--size" -> size = intOption(arg, args, ++i, 32, 512);
        case "--dates" -> dates = intOption(arg, args, ++i, 3, 100);
        case "--seed" -> seed = intOption(arg, args, ++i, 0, Integer.MAX_VALUE);
        default -> {
          if (arg.startsWith("-") || folder != null) {
            throw new UsageException("demo: unexpected argument '" + arg + "' (dlinsar demo -h for usage)");
          }
          folder = Path.of(arg);
        }
      }
    }
    if (folder == null) {
      throw new UsageException("demo: give the output folder (dlinsar demo -h for usage)");
    }
    Scene scene = ScenePresets.landslides(seed).withSize(size, size)
        .withAcquisitions(new AcquisitionPlan(LocalDate.of(2021, 1, 4), 12, dates, 3, 0));
    Path html = runDemo(scene, folder, err);
    out.println("wrote " + html + " and " + folder.resolve("report.md"));
    return 0;
  }

  private static Path runDemo(Scene scene, Path folder, PrintStream err) throws IOException {
    Files.createDirectories(folder);
    long start = System.nanoTime();
    Path stackFile = folder.resolve("landslides.dim");
    StackSimulator sim = SimulateCommand.writeScene(scene, stackFile, err);
    double simulateSeconds = (System.nanoTime() - start) / 1e9;

    start = System.nanoTime();
    Product stack = ProductIO.readProduct(stackFile.toFile());
    Product masked = GPF.createProduct("DL-Mask", Map.of("method", "OTSU"), stack);
    Product gradients = GPF.createProduct("Phase-Gradient-Stack", GPF.NO_PARAMS, masked);
    Path gradientFile = folder.resolve("landslides_grad.dim");
    GPF.writeProduct(gradients, gradientFile.toFile(), "BEAM-DIMAP", false, new ConsoleProgressMonitor(err));
    double chainSeconds = (System.nanoTime() - start) / 1e9;

    Product written = ProductIO.readProduct(gradientFile.toFile());
    start = System.nanoTime();
    Path detectFile = folder.resolve("landslides_det.dim");
    Map<String, Object> detectParameters = new HashMap<>();
    detectParameters.put("mode", "LANDSLIDE");
    detectParameters.put("detectionsFile", detectFile.toFile());
    Product detected = GPF.createProduct("DL-Detect", detectParameters, written);
    Product idOnly = GPF.createProduct("BandSelect", Map.of("sourceBands", new String[] {"detection_id"}), detected);
    GPF.writeProduct(idOnly, detectFile.toFile(), "BEAM-DIMAP", false, new ConsoleProgressMonitor(err));
    double detectSeconds = (System.nanoTime() - start) / 1e9;

    Product truth = ProductIO.readProduct(folder.resolve("landslides.truth.dim").toFile());
    DemoFigures figures = DemoFigures.measure(sim, written, truth);
    DetectionFigures detection = DetectionFigures.measure(sim, detected, written, detectSeconds, chainSeconds);
    int w = scene.width();
    int h = scene.height();
    List<PixelBox> boxes = new ArrayList<>();
    for (Site site : sim.sites()) {
      boxes.add(site.box());
    }
    List<PixelBox> found = detection.detections().stream().map(DetectionsRead.Row::box).toList();
    Quicklook.write(figures.gradientMagnitude(), w, h, boxes, Color.RED, found, Color.CYAN,
        folder.resolve("gradient_magnitude.png"));
    Quicklook.write(figures.velocityTruth(), w, h, boxes, Color.RED, folder.resolve("true_velocity.png"));

    Path report = folder.resolve("report.md");
    Path temporary = folder.resolve("report.md.tmp");
    Files.writeString(temporary, DemoReport.markdown(scene, sim, figures, detection, simulateSeconds, chainSeconds));
    Files.move(temporary, report, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    List<StageTiming> timings = List.of(
        new StageTiming("simulate and write the stack and its truth", simulateSeconds),
        new StageTiming("DL-Mask (Otsu) and Phase-Gradient-Stack: read, compute, write", chainSeconds),
        new StageTiming("DL-Detect on the written gradient stack, with its GeoJSON and CSV", detectSeconds));
    Path html = folder.resolve("report.html");
    HtmlReport.write(DemoPage.build(sim, figures, detection, stack, written, LocalSbasResults.none(), timings), html);
    for (Product p : new Product[] {idOnly, detected, written, truth, gradients, masked, stack}) {
      p.dispose();
    }
    return html;
  }

  private static int intOption(String name, List<String> args, int i, int min, int max)
      throws UsageException {
    if (i >= args.size()) {
      throw new UsageException("demo: " + name + " needs a value");
    }
    try {
      int value = Integer.parseInt(args.get(i));
      if (value < min || value > max) {
        throw new UsageException("demo: " + name + " must be in [" + min + ", " + max + "], got " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new UsageException("demo: " + name + " must be an integer, got '" + args.get(i) + "'");
    }
  }
}
