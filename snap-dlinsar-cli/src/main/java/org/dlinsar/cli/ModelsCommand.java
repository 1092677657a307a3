package org.dlinsar.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;
import org.dlinsar.inference.BundledModels;
import org.dlinsar.inference.ModelCard;
import org.dlinsar.inference.ModelCardText;
import org.dlinsar.inference.ResolvedModel;
import org.dlinsar.lite.cli.LauncherCommand;

/**
 * {@code dlinsar models}: lists the bundled models (module snap-dlinsar-models) with their task,
 * tiling, training seed and their figures against the classical method.
 */
public final class ModelsCommand implements LauncherCommand {

  static final String USAGE = "Usage: dlinsar models\n"
      + "Lists the bundled models with their metrics against the classical methods.";

  private final Supplier<BundledModels> models;

  /** The models bundled on the class path. */
  public ModelsCommand() {
    this(BundledModels::onClassPath);
  }

  ModelsCommand(Supplier<BundledModels> models) {
    this.models = models;
  }

  @Override
  public String name() {
    return "models";
  }

  @Override
  public String description() {
    return "Lists the bundled models with their metrics against the classical methods.";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    // read as the other commands read theirs, so that a fault is worded as theirs
    CommandOptions options = new CommandOptions(name(), args);
    if (options.help()) {
      out.println(USAGE);
      return 0;
    }
    if (options.next()) {
      throw options.unknown();
    }
    options.operands(0);
    List<ResolvedModel> bundled = models.get().all();
    if (bundled.isEmpty()) {
      out.println("No models are bundled yet. The DL methods need one: train it with"
          + " snap-dlinsar-models/training (see its README) or pass modelFile (an ONNX file with"
          + " its <name>.card.json beside it).");
      return 0;
    }
    out.println(bundled.size() + " bundled model(s):");
    for (ResolvedModel model : bundled) {
      print(model.card(), out);
    }
    return 0;
  }

  private static void print(ModelCard card, PrintStream out) {
    out.println();
    ModelCardText.lines(card).forEach(out::println);
  }
}
