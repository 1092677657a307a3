package org.dlinsar.cli;

import java.util.Locale;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.dlinsar.lite.cli.LauncherCommand;
import org.dlinsar.lite.cli.UsageException;
import org.dlinsar.training.TrainingSetSpec;
import org.dlinsar.training.TrainingSetWriter;
import org.dlinsar.training.TrainingTask;

/**
 * {@code dlinsar training-set}: writes the .npy shards a network of snap-dlinsar-models/training
 * trains or is scored on, from seeded simulated scenes ({@link TrainingSetWriter}).
 */
public final class TrainingSetCommand implements LauncherCommand {

  static final String USAGE = String.join("\n",
      "Usage: dlinsar training-set --task mask|unwrap|landslide|subsidence [options] -o <folder>",
      "Writes training shards (.npy) from simulated scenes with known truth into a new folder.",
      "  --task <name>            mask | unwrap | landslide | subsidence (required)",
      "  --scenes <n>             scenes to simulate (default 100)",
      "  --seed <n>               seed of the first scene; scene k has seed + k (default 1)",
      "  --size <px>              scene side, 32..4096 (default 128)",
      "  --pairs-per-scene <n>    interferograms taken from each scene (default 4; landslide:"
      + " one gradient stack per scene)",
      "  --baselines              also write the classical method's answer (held-out sets)",
      "  -o, --output <folder>    the folder to create (required; must not exist)",
      "  -h, --help               this text");

  @Override
  public String name() {
    return "training-set";
  }

  @Override
  public String description() {
    return "Writes training shards (.npy) for a network from simulated scenes with known truth.";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    String task = null;
    int scenes = 100;
    long seed = 1;
    int size = 128;
    int pairs = 4;
    boolean baselines = false;
    String output = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "-h", "--help" -> {
          out.println(USAGE);
          return 0;
        }
        case "--baselines" -> baselines = true;
        case "--task" -> task = value(args, ++i, arg);
        case "--scenes" -> scenes = (int) number(args, ++i, arg);
        case "--seed" -> seed = number(args, ++i, arg);
        case "--size" -> size = (int) number(args, ++i, arg);
        case "--pairs-per-scene" -> pairs = (int) number(args, ++i, arg);
        case "-o", "--output" -> output = value(args, ++i, arg);
        default -> throw new UsageException("training-set: unknown option '" + arg
            + "'; run dlinsar training-set -h");
      }
    }
    if (task == null || output == null) {
      throw new UsageException("training-set: --task and -o/--output are required; run dlinsar training-set -h");
    }
    TrainingSetSpec spec;
    try {
      spec = new TrainingSetSpec(TrainingTask.of(task), scenes, seed, size, pairs, baselines);
    } catch (IllegalArgumentException e) {
      throw new UsageException("training-set: " + e.getMessage(), e);
    }
    long start = System.nanoTime();
    int records = new TrainingSetWriter(spec).write(Path.of(output));
    err.printf(Locale.ROOT, "training-set: %d records from %d scenes in %.1f s%n", records, scenes,
        (System.nanoTime() - start) / 1e9);
    out.println("wrote " + output);
    return 0;
  }

  private static String value(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException("training-set: option " + option + " needs a value");
    }
    return args.get(i);
  }

  private static long number(List<String> args, int i, String option) throws UsageException {
    String text = value(args, i, option);
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new UsageException("training-set: " + option + " needs an integer, got '" + text + "'", e);
    }
  }
}
