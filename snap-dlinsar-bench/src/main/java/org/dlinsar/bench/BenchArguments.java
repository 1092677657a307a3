package org.dlinsar.bench;

import java.util.Arrays;
import java.util.List;

/**
 * A bench main's positional arguments, each read under its name: a bad one ends the run with one
 * line naming it, what it got and the script's usage, where parseInt or an empty median would
 * have thrown a stack trace (or, for a count of 0, printed a table of nothing).
 */
final class BenchArguments {

  /** An argument refused; its message is the whole line to print. */
  static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message, null, false, false);
    }
  }

  /** A main's body, run by {@link #run}. */
  interface Body {
    void run() throws Exception;
  }

  private final String usage;
  private final String[] args;

  /**
   * {@code usage}: the script and its arguments, e.g. "bench/detect.sh [width height]", or for a
   * main run by bench/java.sh, "bench/java.sh ClassName [arguments]".
   */
  BenchArguments(String usage, String[] args) {
    this.usage = usage;
    this.args = args;
  }

  /** Runs a main's body: a refused argument ends it with its line on stderr and exit status 2. */
  static void run(Body body) throws Exception {
    try {
      body.run();
    } catch (Refused refused) {
      System.err.println(refused.getMessage());
      System.exit(2);
    }
  }

  int count() {
    return args.length;
  }

  boolean given(int at) {
    return at < args.length;
  }

  /** The argument at {@code at}, which must be there. */
  String text(int at, String name) {
    if (!given(at)) {
      throw refuse(name + " is missing");
    }
    return args[at];
  }

  /** The argument at {@code at}, one of {@code allowed}. */
  String oneOf(int at, String name, List<String> allowed) {
    String value = text(at, name);
    if (!allowed.contains(value)) {
      throw refuse(name + " must be one of " + allowed + ", got '" + value + "'");
    }
    return value;
  }

  /** The integer of at least 1 at {@code at}; {@code absent} when not given. */
  int positive(int at, String name, int absent) {
    return atLeast(at, name, 1, absent);
  }

  /** The integer of at least {@code min} at {@code at}; {@code absent} when not given. */
  int atLeast(int at, String name, int min, int absent) {
    return given(at) ? integer(args[at], name, min) : absent;
  }

  /** The integer from {@code min} to {@code max} at {@code at}; {@code absent} when not given. */
  int within(int at, String name, int min, int max, int absent) {
    return given(at) ? within(args[at], name, min, max) : absent;
  }

  /** A comma-separated list of integers of at least 1 at {@code at}; {@code absent}'s when not given. */
  int[] positives(int at, String name, String absent) {
    String list = given(at) ? args[at] : absent;
    return Arrays.stream(list.split(",", -1)).mapToInt(s -> positive(s.trim(), name)).toArray();
  }

  /** The integer (a seed: any sign) at {@code at}; {@code absent} when not given. */
  long seed(int at, String name, long absent) {
    return given(at) ? seed(args[at], name) : absent;
  }

  /** Every argument from {@code from} on as seeds; {@code absent} when none is given. */
  long[] seedsFrom(int from, String name, long... absent) {
    return given(from)
        ? Arrays.stream(args, from, args.length).mapToLong(s -> seed(s, name)).toArray()
        : absent;
  }

  /** {@code value} of a named option or argument as an integer of at least 1. */
  int positive(String value, String name) {
    return integer(value, name, 1);
  }

  /** {@code value} of a named option or argument as an integer from {@code min} to {@code max}. */
  int within(String value, String name, int min, int max) {
    try {
      int v = Integer.parseInt(value);
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException notAnInteger) {
      // refused below, in the same words
    }
    throw refuse(name + " must be an integer " + (max == Integer.MAX_VALUE ? "of at least " + min
        : "from " + min + " to " + max) + ", got '" + value + "'");
  }

  private int integer(String value, String name, int min) {
    return within(value, name, min, Integer.MAX_VALUE);
  }

  /** {@code value} of a named option or argument as a number. */
  double number(String value, String name) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException notANumber) {
      throw refuse(name + " must be a number, got '" + value + "'");
    }
  }

  /** {@code value} of a named option or argument as a number above 0. */
  double aboveZero(String value, String name) {
    double v = number(value, name);
    if (!(v > 0) || Double.isInfinite(v)) {
      throw refuse(name + " must be a number above 0, got '" + value + "'");
    }
    return v;
  }

  private long seed(String value, String name) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException notAnInteger) {
      throw refuse(name + " must be an integer, got '" + value + "'");
    }
  }

  /** The script of the usage; for bench/java.sh, with its class ("bench/java.sh MissedSites"). */
  private String script() {
    String[] words = usage.split(" ", 3);
    return words[0].equals("bench/java.sh") && words.length > 1 ? words[0] + " " + words[1] : words[0];
  }

  /** The line refusing an argument: the script, what is wrong, its usage. */
  Refused refuse(String what) {
    return new Refused(script() + ": " + what + "; usage: " + usage);
  }
}
