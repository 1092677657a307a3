package org.dlinsar.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.dlinsar.lite.cli.UsageException;

/**
 * Walks the arguments of one {@code dlinsar} command, as every command takes them: an option's
 * value after it ({@code --size 64}) or joined to it by '=' ({@code --size=64}); short aliases
 * ({@code -o}, {@code -h}) with the value after them; anything not starting with '-' is an operand.
 * Every fault is the launcher's usage error (exit 2), one line naming the option and pointing to
 * {@code dlinsar <command> --help}; {@code dlinsar-spark} reads its options so too ({@link
 * #ofProgram}).
 *
 * <pre>{@code
 * CommandOptions options = new CommandOptions("demo", args);
 * if (options.help()) {
 *   return ...;
 * }
 * while (options.next()) {
 *   switch (options.name()) {
 *     case "--size" -> size = options.integer(64, 512);
 *     default -> throw options.unknown();
 *   }
 * }
 * List<String> folder = options.operands(1);
 * }</pre>
 */
public final class CommandOptions {

  private final String command;
  /** What to run with --help: {@code dlinsar <command>}, or a program of its own. */
  private final String helpCommand;
  private final List<String> args;
  private final List<String> operands = new ArrayList<>();
  private int index = -1;
  private String name;
  /** The value joined by '=', until taken; null when there is none. */
  private String joined;

  /** @param command the command's name, as typed after {@code dlinsar} */
  public CommandOptions(String command, List<String> args) {
    this(command, "dlinsar " + command, args);
  }

  private CommandOptions(String command, String helpCommand, List<String> args) {
    this.command = command;
    this.helpCommand = helpCommand;
    this.args = args;
  }

  /** The options of a program of its own ({@code dlinsar-spark}): its faults point to {@code <program> --help}. */
  public static CommandOptions ofProgram(String program, List<String> args) {
    return new CommandOptions(program, program, args);
  }

  /** Whether -h or --help is among the arguments: then the help is shown, whatever else they hold. */
  public boolean help() {
    return args.contains("-h") || args.contains("--help");
  }

  /**
   * Moves to the next option, setting aside the operands before it.
   *
   * @return false when no option is left
   * @throws UsageException when the option before was a flag given a value ({@code --baselines=yes})
   */
  public boolean next() throws UsageException {
    if (joined != null) {
      throw usage("option " + name + " takes no value");
    }
    while (++index < args.size()) {
      String arg = args.get(index);
      if (!arg.startsWith("-") || arg.length() == 1) {
        operands.add(arg);
        continue;
      }
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 2) {
        name = arg.substring(0, eq);
        joined = arg.substring(eq + 1);
      } else {
        name = arg;
        joined = null;
      }
      return true;
    }
    return false;
  }

  /** The current option as typed, without a value joined to it. */
  public String name() {
    return name;
  }

  /** The current option's value: joined to it, else the next argument (even one starting with '-'). */
  public String value() throws UsageException {
    String value;
    if (joined != null) {
      value = joined;
      joined = null;
    } else if (index + 1 < args.size()) {
      value = args.get(++index);
    } else {
      value = "";
    }
    if (value.isEmpty()) {
      throw usage("option " + name + " needs a value");
    }
    return value;
  }

  /** The current option's value, an integer from {@code min} to {@code max}. */
  public int integer(int min, int max) throws UsageException {
    return (int) whole(min, max);
  }

  /** The current option's value, any 64-bit integer (a seed). */
  public long longInteger() throws UsageException {
    return whole(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  private long whole(long min, long max) throws UsageException {
    String text = value();
    try {
      long value = Long.parseLong(text.trim());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // said below, as a value out of range is
    }
    // the type's own limits go unsaid
    boolean anyLow = min == Integer.MIN_VALUE || min == Long.MIN_VALUE;
    boolean anyHigh = max == Integer.MAX_VALUE || max == Long.MAX_VALUE;
    String range = anyLow && anyHigh ? "" : anyHigh ? " of at least " + min
        : anyLow ? " of at most " + max : " from " + min + " to " + max;
    throw usage(name + " must be an integer" + range + ", got '" + text + "'");
  }

  /** The current option's value, a number from {@code min} to {@code max} in {@code unit}. */
  public double decimal(double min, double max, String unit) throws UsageException {
    String text = value();
    double value;
    try {
      value = Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      value = Double.NaN;
    }
    if (!(value >= min && value <= max)) {
      throw usage(name + " must be a number from " + plain(min) + " to " + plain(max) + " " + unit
          + ", got '" + text + "'");
    }
    return value;
  }

  private static String plain(double bound) {
    return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
  }

  /** The current option's value, a date yyyy-MM-dd. */
  public LocalDate date() throws UsageException {
    String text = value();
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw usage(name + " must be a date yyyy-MM-dd, got '" + text + "'");
    }
  }

  /** The error for an option the command does not have; to throw from its switch's default. */
  public UsageException unknown() {
    return usage("unknown option '" + name + "'");
  }

  /**
   * The operands, once {@link #next()} has returned false.
   *
   * @param most how many the command takes
   * @throws UsageException naming the first operand beyond {@code most}
   */
  public List<String> operands(int most) throws UsageException {
    if (operands.size() > most) {
      throw usage("unexpected argument '" + operands.get(most) + "'");
    }
    return List.copyOf(operands);
  }

  /** A fault that no option names (a missing operand), worded as the others. */
  public UsageException usage(String message) {
    return new UsageException(command + ": " + message + "; run " + helpCommand + " --help");
  }
}
