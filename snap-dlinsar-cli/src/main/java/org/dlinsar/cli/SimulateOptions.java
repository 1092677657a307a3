package org.dlinsar.cli;

import org.dlinsar.files.SideFiles;
import org.dlinsar.sim.AcquisitionPlan;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The options of {@code dlinsar simulate}, parsed and checked.
 *
 * @param help true when -h/--help was given (nothing else is checked then)
 * @param scene the scene to simulate
 * @param output the stack's {@code .dim} file
 */
record SimulateOptions(boolean help, Scene scene, Path output) {

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
      "  --start-date <date>     first acquisition, yyyy-MM-dd (default 2021-01-04); the last",
      "                          must fall by 9999-12-31, dates outside 1991-2100 are warned of",
      "  --pairs <k>             pair each date with its next k dates (default 2)",
      "  --max-span-days <d>     drop pairs spanning more days, 0 = no limit (default 0)",
      "  --seed <n>              seed of every random quantity (default 1)",
      "  -o, --output <name.dim> the stack product to write (required)",
      "  -h, --help              this text");

  /**
   * Parses {@code --name value} or {@code --name=value} options.
   *
   * @throws IllegalArgumentException with a one-line message naming the option and its value
   */
  static SimulateOptions parse(List<String> args) {
    String preset = ScenePresets.LANDSLIDES;
    int width = 256;
    int height = 256;
    int dates = 11;
    int interval = 12;
    int pairs = 2;
    int maxSpan = 0;
    long seed = 1;
    LocalDate start = LocalDate.of(2021, 1, 4);
    String output = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("-h") || arg.equals("--help")) {
        return new SimulateOptions(true, null, null);
      }
      String name = arg;
      String value;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      } else {
        if (!arg.startsWith("-")) {
          throw new IllegalArgumentException("unexpected argument '" + arg + "'; run dlinsar simulate -h");
        }
        if (i + 1 >= args.size()) {
          throw new IllegalArgumentException("option " + arg + " needs a value; run dlinsar simulate -h");
        }
        value = args.get(++i);
      }
      switch (name) {
        case "--preset" -> preset = value;
        case "--width" -> width = integer(name, value);
        case "--height" -> height = integer(name, value);
        case "--dates" -> dates = integer(name, value);
        case "--interval-days" -> interval = integer(name, value);
        case "--pairs" -> pairs = integer(name, value);
        case "--max-span-days" -> maxSpan = integer(name, value);
        case "--seed" -> seed = longValue(name, value);
        case "--start-date" -> start = date(name, value);
        case "-o", "--output" -> output = value;
        default -> throw new IllegalArgumentException("unknown option '" + name + "'; run dlinsar simulate -h");
      }
    }
    if (output == null) {
      throw new IllegalArgumentException("missing -o/--output <name.dim>: the stack product to write");
    }
    if (!output.endsWith(".dim")) {
      throw new IllegalArgumentException("--output '" + output + "' must end in .dim (BEAM-DIMAP)");
    }
    if (!ScenePresets.NAMES.contains(preset)) {
      throw new IllegalArgumentException("--preset '" + preset + "' is not one of " + ScenePresets.NAMES);
    }
    Scene scene = ScenePresets.named(preset, seed).withSize(checked("--width", width), checked("--height", height))
        .withAcquisitions(plan(start, interval, dates, pairs, maxSpan));
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

  private static AcquisitionPlan plan(LocalDate start, int interval, int dates, int pairs, int maxSpan) {
    try {
      return new AcquisitionPlan(start, interval, dates, pairs, maxSpan);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage().replaceFirst("^start ", "--start-date ")
          .replace("intervalDays", "--interval-days").replace("dateCount", "--dates")
          .replace("pairNeighbours", "--pairs").replace("maxSpanDays", "--max-span-days");
      throw new IllegalArgumentException(message, e);
    }
  }

  private static int checked(String name, int pixels) {
    if (pixels < 8 || pixels > 100_000) {
      throw new IllegalArgumentException(name + " must be 8 to 100000 pixels, got " + pixels);
    }
    return pixels;
  }

  private static int integer(String name, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " needs an integer, got '" + value + "'", e);
    }
  }

  private static long longValue(String name, String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " needs an integer, got '" + value + "'", e);
    }
  }

  private static LocalDate date(String name, String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " needs a date yyyy-MM-dd, got '" + value + "'", e);
    }
  }
}
