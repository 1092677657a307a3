package org.dlinsar.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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

  /**
   * The parsed command line.
   *
   * @param help true when -h/--help was given (nothing else is checked then)
   * @param spec what the set holds
   * @param output the folder to create
   */
  record Options(boolean help, TrainingSetSpec spec, Path output) {}

  /** @throws UsageException naming the option at fault, or the value out of range */
  static Options parse(List<String> args) throws UsageException {
    String task = null;
    int scenes = 100;
    long seed = 1;
    int size = 128;
    int pairs = 4;
    boolean baselines = false;
    String output = null;
    CommandOptions options = new CommandOptions("training-set", args);
    if (options.help()) {
      return new Options(true, null, null);
    }
    while (options.next()) {
      switch (options.name()) {
        case "--baselines" -> baselines = true;
        case "--task" -> task = options.value();
        case "--scenes" -> scenes = options.integer(1, Integer.MAX_VALUE);
        case "--seed" -> seed = options.longInteger();
        case "--size" -> size = options.integer(32, 4096);
        case "--pairs-per-scene" -> pairs = options.integer(1, Integer.MAX_VALUE);
        case "-o", "--output" -> output = options.value();
        default -> throw options.unknown();
      }
    }
    options.operands(0);
    if (task == null || output == null) {
      throw new UsageException("training-set: --task and -o/--output are required; run dlinsar training-set --help");
    }
    try {
      return new Options(false, new TrainingSetSpec(TrainingTask.of(task), scenes, seed, size, pairs, baselines),
          Path.of(output));
    } catch (IllegalArgumentException e) {
      throw new UsageException("training-set: " + e.getMessage(), e);
    }
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Options options = parse(args);
    if (options.help()) {
      out.println(USAGE);
      return 0;
    }
    long start = System.nanoTime();
    int records = new TrainingSetWriter(options.spec()).write(options.output());
    err.printf(Locale.ROOT, "training-set: %d records from %d scenes in %.1f s%n", records,
        options.spec().scenes(), (System.nanoTime() - start) / 1e9);
    out.println("wrote " + options.output());
    return 0;
  }
}
