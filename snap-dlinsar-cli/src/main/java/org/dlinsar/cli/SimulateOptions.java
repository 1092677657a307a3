package org.dlinsar.cli;

import org.dlinsar.files.SideFiles;
import org.dlinsar.sim.AcquisitionPlan;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.SeamSpec;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dlinsar.lite.cli.UsageException;

/**
 * The options of {@code dlinsar simulate}, parsed and checked.
 *
 * @param help true when -h/--help was given (nothing else is checked then)
 * @param scene the scene to simulate
 * @param output the stack's {@code .dim} file
 */
record SimulateOptions(boolean help, Scene scene, Path output) {

  /** Sentinel-1's perpendicular baselines' spread, metres, one sigma (the presets' radar). */
  static final int DEFAULT_BASELINE_SPREAD = 50;

  /** The usage text, one option per line. */
  static final String USAGE = String.join("\n",
      "Usage: dlinsar simulate [options] -o <name.dim>",
      "Simulates an interferogram stack with known truth; writes <name>.dim, <name>.truth.dim",
      "and <name>.sites.json.",
      "  --preset <name>         landslides | mining | mixed (default landslides)",
      "  --width <px>            raster width, 8..100000 (default 256)",
      "  --height <px>           raster height, 8..100000 (default 256)",
      "  --dates <n>             acquisitions, 2..1000 (default 11)",
      "  --interval-days <d>     days between acquisitions, 6 or 12 (default 12)",
      "  --start-date <date>     first acquisition, yyyy-MM-dd from 1582-10-15 (the Gregorian",
      "                          calendar's first day; default 2021-01-04); the last must fall",
      "                          by 9999-12-31, dates outside 1991-2100 are warned of",
      "  --pairs <k>             pair each date with its next k dates (default 2)",
      "  --max-span-days <d>     drop pairs spanning more days, 0 = no limit (default 0)",
      "  --reference-date <i>    pair every date with acquisition i (0 = the first) instead:",
      "                          the single-reference stack SNAP's InterferogramOp forms from a",
      "                          coregistered stack; --pairs is then ignored (default: none)",
      "  --seams <n>             lines across which the phase steps further every date, one",
      "                          sign in every pair (seams drifting, faults creeping), at 1.25",
      "                          to 3.75 rad/year: nuisance a detector must not report (default 0)",
      "  --seam-tilt <deg>       turn each seam this far off its rows or columns, either way,",
      "                          0 to 44 (a map grid's seams: 10-15; default 0)",
      "  --dem-error <m>         the interferograms formed with a DEM that errs by up to about",
      "                          m metres (smooth, features of 300 m), seen through the dates'",
      "                          perpendicular baselines (Abstracted_Metadata/Baselines),",
      "                          0..1000 (default 0: the true elevation)",
      "  --baseline-spread <m>   the dates' perpendicular baselines spread by m metres, one",
      "                          sigma, 0..2000 (default 50: Sentinel-1's orbital tube; ERS",
      "                          and ENVISAT: hundreds)",
      "  --seed <n>              seed of every random quantity (default 1)",
      "  -o, --output <name.dim> the stack product to write (required)",
      "  -h, --help              this text");

  /**
   * Parses {@code --name value} or {@code --name=value} options.
   *
   * @throws UsageException for an unknown option, a missing value or one that is no number or date
   * @throws IllegalArgumentException with a one-line message naming the option and its value
   */
  static SimulateOptions parse(List<String> args) throws UsageException {
    String preset = ScenePresets.LANDSLIDES;
    int width = 256;
    int height = 256;
    int dates = 11;
    int interval = 12;
    int pairs = 2;
    int maxSpan = 0;
    int seams = 0;
    double seamTilt = 0;
    int demError = 0;
    int baselineSpread = DEFAULT_BASELINE_SPREAD;
    int referenceDate = AcquisitionPlan.SMALL_BASELINE;
    long seed = 1;
    LocalDate start = LocalDate.of(2021, 1, 4);
    String output = null;
    CommandOptions options = new CommandOptions("simulate", args);
    if (options.help()) {
      return new SimulateOptions(true, null, null);
    }
    while (options.next()) {
      switch (options.name()) {
        case "--preset" -> preset = options.value();
        case "--width" -> width = options.integer(8, 100_000);
        case "--height" -> height = options.integer(8, 100_000);
        case "--dates" -> dates = options.integer(2, 1000);
        // 6 or 12, as the plan checks
        case "--interval-days" -> interval = options.integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
        case "--pairs" -> pairs = options.integer(1, Integer.MAX_VALUE);
        case "--max-span-days" -> maxSpan = options.integer(0, Integer.MAX_VALUE);
        case "--seams" -> seams = options.integer(0, 1000);
        case "--seam-tilt" -> seamTilt = options.decimal(0, 44, "degrees");
        case "--dem-error" -> demError = options.integer(0, 1000);
        case "--baseline-spread" -> baselineSpread = options.integer(0, 2000);
        case "--reference-date" -> referenceDate = options.integer(0, 999);
        case "--seed" -> seed = options.longInteger();
        case "--start-date" -> start = options.date();
        case "-o", "--output" -> output = options.value();
        default -> throw options.unknown();
      }
    }
    options.operands(0);
    if (output == null) {
      throw new IllegalArgumentException("missing -o/--output <name.dim>: the stack product to write");
    }
    if (!output.endsWith(".dim")) {
      throw new IllegalArgumentException("--output '" + output + "' must end in .dim (BEAM-DIMAP)");
    }
    if (!ScenePresets.NAMES.contains(preset)) {
      throw new IllegalArgumentException("--preset '" + preset + "' is not one of " + ScenePresets.NAMES);
    }
    Scene named = ScenePresets.named(preset, seed);
    Scene scene = named.withTerrain(named.terrain().withDemError(demError))
        .withRadar(named.radar().withBaselineSpread(baselineSpread)).withSize(width, height)
        .withAcquisitions(plan(start, interval, dates, pairs, maxSpan, referenceDate))
        .withSeams(SeamSpec.atDefaultRate(seams).tilted(seamTilt));
    return new SimulateOptions(false, scene, Path.of(output));
  }

  /** The truth product written beside the stack: {@code <name>.truth.dim}. */
  Path truthOutput() {
    return output.resolveSibling(baseName() + ".truth.dim");
  }

  /** The site list written beside the stack: {@code <name>.sites.json}. */
  Path sitesOutput() {
    return output.resolveSibling(baseName() + SideFiles.SITES_JSON);
  }

  private String baseName() {
    String file = output.getFileName().toString();
    return file.substring(0, file.length() - ".dim".length());
  }

  private static AcquisitionPlan plan(LocalDate start, int interval, int dates, int pairs, int maxSpan,
      int referenceDate) {
    try {
      return new AcquisitionPlan(start, interval, dates, pairs, maxSpan, referenceDate);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage().replaceFirst("^start ", "--start-date ")
          .replace("intervalDays", "--interval-days").replace("dateCount", "--dates")
          .replace("pairNeighbours", "--pairs").replace("maxSpanDays", "--max-span-days")
          .replace("referenceDate", "--reference-date")
          // the library's sentinel for small-baseline pairs is no value of the option, which is left out for them
          .replace(", or " + AcquisitionPlan.SMALL_BASELINE + " for small-baseline pairs",
              " (leave --reference-date out for small-baseline pairs)");
      throw new IllegalArgumentException(message, e);
    }
  }
}
