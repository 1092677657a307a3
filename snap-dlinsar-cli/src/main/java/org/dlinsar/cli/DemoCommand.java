package org.dlinsar.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Filter;
import java.util.logging.Logger;
import org.dlinsar.detect.DetectionsRead;
import org.dlinsar.detect.EarlierResults;
import org.dlinsar.files.StagedFile;
import org.dlinsar.inference.BundledModels;
import org.dlinsar.inference.ModelCard;
import org.dlinsar.inference.ModelResolver;
import org.dlinsar.lite.cli.ConsoleProgressMonitor;
import org.dlinsar.lite.cli.LauncherCommand;
import org.dlinsar.lite.cli.UsageException;
import org.dlinsar.lite.dimap.DimapTarget;
import org.dlinsar.report.DemoFigures;
import org.dlinsar.report.DemoPage;
import org.dlinsar.report.DemoReport;
import org.dlinsar.report.DetectionFigures;
import org.dlinsar.report.HtmlReport;
import org.dlinsar.report.LocalSbasResults;
import org.dlinsar.report.MethodScores;
import org.dlinsar.report.Quicklook;
import org.dlinsar.report.ReportPage;
import org.dlinsar.report.StageTiming;
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
 * {@code graphs/detection-first.xml} on it as gpt would (DL-Mask, Phase-Gradient-Stack, DL-Detect,
 * DL-Unwrap and Local-SBAS on patches around the detections), scores each stage against the truth and writes {@code report.html} (self-contained:
 * quicklooks, detections, scores, timings) and {@code report.md} (for diffing, its quicklooks as
 * PNG files beside it) next to the products. With {@code --input <stack.dim>} it runs the same
 * graph on a given stack instead ({@link InputDemo}) and writes both reports without the truth.
 *
 * <p>Headless side: never loaded inside SNAP.
 */
public final class DemoCommand implements LauncherCommand {

  /**
   * Smallest frame the chain serves: Local-SBAS references each detection to a ring 16 to 32 px
   * around its box, which in a 32 or 48 px frame can lie outside it (all-NaN velocity).
   */
  static final int MIN_SIZE = 64;

  private static final String USAGE = String.join("\n",
      "Usage: dlinsar demo [--size <px>] [--dates <n>] [--seed <n>] <folder>",
      "       dlinsar demo --input <stack.dim> <folder>",
      "Runs graphs/detection-first.xml (mask, gradient stack, detect, unwrap, local SBAS) on a",
      "simulated landslide stack and writes <folder>/report.html (self-contained, images embedded)",
      "and <folder>/report.md with the figures measured against the simulator's truth.",
      "  --size <px>   raster width and height, " + MIN_SIZE + "..512 (default 256; scoring holds whole rasters)",
      "  --dates <n>   acquisitions every 12 days, 3..100, each paired with its next 3 (default 31)",
      "  --seed <n>    scene seed (default 21)",
      "  --input <stack.dim>  run on this BEAM-DIMAP interferogram stack instead of simulating;",
      "                the same reports without the truth (no scores); not with --size/--dates/--seed");

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String description() {
    return "The main job: simulate a landslide stack, run the chain, write a report against the truth.";
  }

  /**
   * The parsed command line.
   *
   * @param help true when -h/--help was given (nothing else is checked then)
   * @param input the stack to run on instead of simulating one, or null
   * @param folder the folder of the reports
   */
  record Options(boolean help, int size, int dates, long seed, Path input, Path folder) {}

  /** @throws UsageException naming the option or argument at fault */
  static Options parse(List<String> args) throws UsageException {
    int size = 256;
    int dates = 31;
    long seed = 21;
    Path input = null;
    String simulationOption = null;
    CommandOptions options = new CommandOptions("demo", args);
    if (options.help()) {
      return new Options(true, size, dates, seed, null, null);
    }
    while (options.next()) {
      switch (options.name()) {
        case "--size" -> {
          size = options.integer(MIN_SIZE, 512);
          simulationOption = options.name();
        }
        case "--dates" -> {
          dates = options.integer(3, 100);
          simulationOption = options.name();
        }
        case "--seed" -> {
          seed = options.integer(0, Integer.MAX_VALUE);
          simulationOption = options.name();
        }
        case "--input" -> input = Path.of(options.value());
        default -> throw options.unknown();
      }
    }
    List<String> operands = options.operands(1);
    if (operands.isEmpty()) {
      throw new UsageException("demo: give the output folder; run dlinsar demo --help");
    }
    if (input != null && simulationOption != null) {
      throw new UsageException("demo: --input runs on a given stack; " + simulationOption
          + " only applies to the simulated one; run dlinsar demo --help");
    }
    return new Options(false, size, dates, seed, input, Path.of(operands.get(0)));
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Options options = parse(args);
    if (options.help()) {
      out.println(USAGE);
      return 0;
    }
    Path folder = options.folder();
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new UsageException("demo: " + folder + " is a file, not a folder for the reports");
    }
    if (options.input() != null) {
      Path html = InputDemo.run(options.input(), folder, err);
      out.println("wrote " + html + " and " + folder.resolve("report.md"));
      return 0;
    }
    Scene scene = ScenePresets.landslides(options.seed()).withSize(options.size(), options.size())
        .withAcquisitions(new AcquisitionPlan(LocalDate.of(2021, 1, 4), 12, options.dates(), 3, 0));
    Path html = runDemo(scene, folder, err);
    out.println("wrote " + html + " and " + folder.resolve("report.md"));
    return 0;
  }

  private static Path runDemo(Scene scene, Path folder, PrintStream err) throws Exception {
    Files.createDirectories(folder);
    removePreviousRun(folder, "landslides_chain");
    long start = System.nanoTime();
    Path stackFile = folder.resolve("landslides.dim");
    StackSimulator sim = SimulateCommand.writeScene(scene, stackFile, err);
    double simulateSeconds = (System.nanoTime() - start) / 1e9;

    err.println("running graphs/detection-first.xml (mask, gradient stack, detect, unwrap, local SBAS)");
    Path chainFile = folder.resolve("landslides_chain.dim");
    ChainGraph.Run run = ChainGraph.run(stackFile, chainFile, ConsoleProgressMonitor.forGraphs(err));
    Map<String, Double> stageSeconds = run.operatorSeconds();

    Product stack = ProductIO.readProduct(stackFile.toFile());
    Product chain = ProductIO.readProduct(chainFile.toFile());
    Product truth = ProductIO.readProduct(folder.resolve("landslides.truth.dim").toFile());
    double stackSeconds = gradientStackSeconds(stageSeconds);
    DemoFigures figures = DemoFigures.measure(sim, stack, chain, truth);
    err.println("timing DL-Detect method=DL again on the written gradient stack, as CLASSICAL is timed");
    Detected dl = detect("DL", chain, stack);
    dl.product().dispose(); // the chain's own detections are the ones scored
    DetectionFigures detection = DetectionFigures.measure(sim, chain, chain, dl.cpuSeconds(), stackSeconds);
    ModelCard landslideCard = landslideCard();
    List<MethodScores> methods = List.of(new MethodScores("DL (the chain's, model "
        + landslideCard.name() + " " + landslideCard.version() + ")", detection),
        classicalDetections(sim, chain, stack, stackSeconds, err));
    LocalSbasResults sbas = LocalSbasResults.read(chain, folder.resolve("landslides_chain.timeseries.csv"),
        detection.detections());
    int w = scene.width();
    int h = scene.height();
    List<PixelBox> boxes = new ArrayList<>();
    for (Site site : sim.sites()) {
      boxes.add(site.box());
    }
    List<PixelBox> found = detection.detections().stream().map(DetectionsRead.Row::box).toList();
    Quicklook.write(figures.gradientMagnitude(), w, h, boxes, Quicklook.SITE_COLOUR, found, Quicklook.DETECTION_COLOUR,
        folder.resolve("gradient_magnitude.png"));
    // black boxes, as on the page: red would read as ground moving toward the satellite
    Quicklook.write(figures.velocityTruth(), w, h, figures.velocityTruthScale(), boxes, Quicklook.SITE_COLOUR,
        folder.resolve("true_velocity.png"));

    List<StageTiming> timings = new ArrayList<>();
    timings.add(new StageTiming("simulate and write the stack and its truth (wall)", simulateSeconds));
    timings.addAll(run.timings());
    ReportPage page = DemoPage.build(sim, figures, detection, methods, stack, chain, sbas, timings);
    Path html = folder.resolve("report.html");
    HtmlReport.write(page, html);
    StagedFile.writeText(folder.resolve("report.md"), "report",
        DemoReport.markdown(scene, sim, figures, detection, page, sbas));
    for (Product p : new Product[] {chain, truth, stack}) {
      p.dispose();
    }
    return html;
  }

  /** The files beside the chain product that a run writes, by their suffix after its name. */
  /** Where operators log unless given a logger of their own (OperatorContext, as SNAP's). */
  private static final String OPERATORS_LOGGER = "org.esa.snap.core.gpf";
  private static final List<String> CHAIN_SIDE_FILES = List.of(".detections.geojson",
      ".detections.csv", ".timeseries.csv");
  /** The reports and their quicklooks, written last. */
  private static final List<String> REPORT_FILES = List.of("report.html", "report.md",
      "gradient_magnitude.png", "true_velocity.png");

  /**
   * Deletes what an earlier run wrote into {@code folder} and this one writes again: its reports,
   * their PNGs and the chain product with its side files. A run that then fails leaves no report
   * or chain product of another run beside its new stack. Only those names, and only regular
   * files and a BEAM-DIMAP product: anything else there stays and fails the write as before.
   *
   * @param chainName the chain product's name, without {@code .dim}
   * @throws IOException naming a path in the way of the chain product, before anything is deleted
   */
  static void removePreviousRun(Path folder, String chainName) throws IOException {
    // first: it refuses anything in the chain product's way before a file is deleted
    DimapTarget.of(folder.resolve(chainName + ".dim").toFile()).deletePrevious();
    for (String name : REPORT_FILES) {
      deleteRegularFile(folder.resolve(name));
    }
    for (String suffix : CHAIN_SIDE_FILES) {
      deleteRegularFile(folder.resolve(chainName + suffix));
    }
  }

  private static void deleteRegularFile(Path file) throws IOException {
    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      Files.delete(file);
    }
  }

  /** The card of the bundled landslide model the chain's DL-Detect runs. */
  private static ModelCard landslideCard() {
    return ModelResolver.resolve(ModelResolver.DETECT_LANDSLIDE, null, null,
        BundledModels.onClassPath()).card();
  }

  /**
   * CPU the chain took to read the interferograms and make the gradient stack: Read, DL-Mask and
   * Phase-Gradient-Stack, each in its own tiles and initialisation.
   */
  static double gradientStackSeconds(Map<String, Double> stageSeconds) {
    return stageSeconds.getOrDefault("Read", 0.0) + stageSeconds.getOrDefault("DL-Mask", 0.0)
        + stageSeconds.getOrDefault("Phase-Gradient-Stack", 0.0);
  }

  /** A DL-Detect product and the CPU seconds it took. */
  private record Detected(Product product, double cpuSeconds) {}

  /**
   * DL-Detect's {@code method} on the chain's written gradient stack (the stack's elevation for
   * the slope filter), at the chain's minScore and minSlope; it detects while it initialises. Timed
   * as CPU of all the process's threads, reading the gradient stack included, the same for every
   * method: ONNX Runtime runs the DL method's network on threads of its own, which the chain's
   * per-operator times do not see.
   */
  private static Detected detect(String method, Product chain, Product stack) {
    // these runs read the chain's product, which holds its Local-SBAS results, on purpose, and
    // their detections are only scored: DL-Detect's line that it left those out would read to a
    // user of the demo as a fault of the chain
    Logger operators = Logger.getLogger(OPERATORS_LOGGER);
    Filter before = operators.getFilter();
    operators.setFilter(line -> (before == null || before.isLoggable(line))
        && (line.getMessage() == null || !line.getMessage().startsWith(EarlierResults.LEFT_OUT)));
    try {
      long start = ChainGraph.processCpuNanos();
      Product detected = GPF.createProduct("DL-Detect", Map.of("mode", "LANDSLIDE",
          "method", method, "minScore", 0.5, "minSlope", 10.0), chain, stack);
      return new Detected(detected, (ChainGraph.processCpuNanos() - start) / 1e9);
    } finally {
      operators.setFilter(before);
    }
  }

  /** DL-Detect's classical method on the chain's gradient stack, beside the chain's DL detections. */
  private static MethodScores classicalDetections(StackSimulator sim, Product chain, Product stack,
      double stackSeconds, PrintStream err) throws IOException {
    err.println("running DL-Detect method=CLASSICAL on the same gradient stack, for comparison");
    Detected classical = detect("CLASSICAL", chain, stack);
    try {
      return new MethodScores("CLASSICAL", DetectionFigures.measure(sim, classical.product(), chain,
          classical.cpuSeconds(), stackSeconds));
    } finally {
      classical.product().dispose();
    }
  }
}
