package org.dlinsar.cli;

import org.dlinsar.files.SideFiles;
import org.dlinsar.ifg.AcquisitionEra;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.SimulateStackOp;
import org.dlinsar.sim.SimulatedProducts;
import org.dlinsar.sim.SiteCatalogJson;
import org.dlinsar.sim.StackSimulator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dlinsar.lite.cli.ConsoleProgressMonitor;
import org.dlinsar.lite.cli.LauncherCommand;
import org.dlinsar.lite.cli.UsageException;
import org.dlinsar.lite.dimap.DimapTarget;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;

/**
 * {@code dlinsar simulate}: writes a simulated interferogram stack ({@code <name>.dim}), its truth
 * rasters ({@code <name>.truth.dim}) and its site list ({@code <name>.sites.json}).
 *
 * <p>Headless side only (it uses the engine's tie-point geocoding); never loaded inside SNAP.
 * Both products stream through {@link SimulateStackOp} and {@code GPF.writeProduct}, tile by
 * tile, into a staging folder; the three files then replace an older set together.
 */
public final class SimulateCommand implements LauncherCommand {

  @Override
  public String name() {
    return "simulate";
  }

  @Override
  public String description() {
    return "Simulates an interferogram stack with known truth (landslides, mining bowls, atmosphere).";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    SimulateOptions options;
    try {
      options = SimulateOptions.parse(args);
    } catch (IllegalArgumentException e) {
      throw new UsageException("simulate: " + e.getMessage(), e);
    }
    if (options.help()) {
      out.println(SimulateOptions.USAGE);
      return 0;
    }
    List<LocalDate> outside = AcquisitionEra.outside(options.scene().acquisitions().dates());
    if (!outside.isEmpty()) {
      err.println("Warning: simulate: " + AcquisitionEra.describe(outside) + "; check --start-date");
    }
    writeScene(options.scene(), options.output(), err);
    out.println("wrote " + options.output() + ", " + options.truthOutput() + ", " + options.sitesOutput());
    return 0;
  }

  /**
   * Writes the stack of {@code scene} to {@code output} ({@code <name>.dim}), its truth to
   * {@code <name>.truth.dim} and its sites to {@code <name>.sites.json} beside it, streaming tile
   * by tile with progress on {@code err}. The three replace an older set of that name together
   * or not at all ({@link StagedFileSet}).
   *
   * @return the simulator of the scene, for its sites, dates and pairs
   */
  public static StackSimulator writeScene(Scene scene, Path output, PrintStream err) throws IOException {
    return writeScene(scene, output, err, Files::move);
  }

  /** As above; {@code mover} renames the files into place (a test makes it fail). */
  static StackSimulator writeScene(Scene scene, Path output, PrintStream err, StagedFileSet.Mover mover)
      throws IOException {
    OutputNames.checkFit(output, List.of(".dim", ".data", ".truth.dim", ".truth.data", SideFiles.SITES_JSON));
    SimulateOptions files = new SimulateOptions(false, scene, output);
    Path folder = output.toAbsolutePath().getParent();
    DimapTarget stackTarget = DimapTarget.of(output.toFile());
    DimapTarget truthTarget = DimapTarget.of(files.truthOutput().toFile());
    // held before a killed commit is resolved: another run's staging is not a killed one's
    stackTarget.claim();
    truthTarget.claim();
    String stack = fileName(stackTarget.dimFile());
    String truth = fileName(truthTarget.dimFile());
    String sites = fileName(files.sitesOutput());
    StagedFileSet set = StagedFileSet.open(folder, stackTarget.productName(), List.of(stack,
        fileName(stackTarget.dataFolder()), truth, fileName(truthTarget.dataFolder()), sites), mover);
    // only an older set is replaced: a user's file or folder of one of these names is refused
    stackTarget.checkReplaceable();
    truthTarget.checkReplaceable();
    SiteCatalogJson.checkReplaceable(files.sitesOutput());
    try {
      StackSimulator sim = new StackSimulator(scene);
      err.println("simulate: " + scene.name() + " scene " + scene.width() + "x" + scene.height()
          + ", " + sim.dates().size() + " acquisitions, " + sim.pairs().size() + " interferograms, "
          + sim.sites().size() + " sites, " + sim.lookalikes().size() + " lookalikes");
      write(SimulatedProducts.stack(scene, stackTarget.productName()), scene, set.staged(stack), err);
      write(SimulatedProducts.truth(scene, truthTarget.productName()), scene, set.staged(truth), err);
      SiteCatalogJson.write(sim, set.staged(sites));
      set.commit();
      return sim;
    } catch (IOException | RuntimeException e) {
      set.discard(e);
      throw e;
    }
  }

  private static String fileName(Path file) {
    return file.getFileName().toString();
  }

  private static void write(Product product, Scene scene, Path file, PrintStream err) {
    SceneGeoCodings.attach(product, scene);
    GPF.writeProduct(product, file.toFile(), "BEAM-DIMAP", false, new ConsoleProgressMonitor(err));
  }
}
