package org.dlinsar.sim;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dlinsar.lite.cli.ConsoleProgressMonitor;
import org.dlinsar.lite.cli.LauncherCommand;
import org.dlinsar.lite.cli.UsageException;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;

/**
 * {@code dlinsar simulate}: writes a simulated interferogram stack ({@code <name>.dim}), its truth
 * rasters ({@code <name>.truth.dim}) and its site list ({@code <name>.sites.json}).
 *
 * <p>Headless side only (it uses the engine's tie-point geocoding); never loaded inside SNAP.
 * Both products stream through {@link SimulateStackOp} and {@code GPF.writeProduct}, tile by
 * tile.
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
    Scene scene = options.scene();
    if (options.output().getParent() != null) {
      Files.createDirectories(options.output().getParent());
    }
    StackSimulator sim = new StackSimulator(scene);
    err.println("simulate: " + scene.name() + " scene " + scene.width() + "x" + scene.height()
        + ", " + sim.dates().size() + " acquisitions, " + sim.pairs().size() + " interferograms, "
        + sim.sites().size() + " sites, " + sim.lookalikes().size() + " lookalikes");
    write(SimulatedProducts.stack(scene, productName(options.output())), scene, options.output(), err);
    write(SimulatedProducts.truth(scene, productName(options.truthOutput())), scene,
        options.truthOutput(), err);
    SiteCatalogJson.write(sim, options.sitesOutput());
    out.println("wrote " + options.output() + ", " + options.truthOutput() + ", " + options.sitesOutput());
    return 0;
  }

  private static String productName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".dim".length());
  }

  private static void write(Product product, Scene scene, Path file, PrintStream err) {
    SceneGeoCodings.attach(product, scene);
    GPF.writeProduct(product, file.toFile(), "BEAM-DIMAP", false, new ConsoleProgressMonitor(err));
  }
}
