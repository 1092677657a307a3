package org.dlinsar.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dlinsar.ifg.Pair;

/** The pair of a file or folder named {@code <yyyymmdd>_<yyyymmdd>...}, as GAMMA and LiCSAR name them. */
final class PairFileName {

  private static final Pattern PAIR = Pattern.compile("^(\\d{8})_(\\d{8})");
  /** Two dates anywhere in a name, joined by '_' or '-', not inside a longer run of digits. */
  private static final Pattern PAIR_INSIDE = Pattern.compile("(?<!\\d)(\\d{8})[-_](\\d{8})(?!\\d)");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private PairFileName() {}

  /** The pair named at the start of {@code name}, or empty when it does not start with two dates. */
  static Optional<Pair> of(String name) {
    return parse(PAIR.matcher(name));
  }

  /**
   * The pair named anywhere in {@code name} ({@code ..._20180106-20180130_...}), in date order
   * whatever the name's ({@link #namesLaterFirst}), or empty.
   */
  static Optional<Pair> inside(String name) {
    return parse(PAIR_INSIDE.matcher(name));
  }

  /**
   * Why the two dates inside {@code name} name no pair ({@code 20210231 is not a date}, {@code
   * 20210104 twice}), or empty when they name one or {@code name} holds no two dates.
   */
  static Optional<String> flawInside(String name) {
    Matcher m = PAIR_INSIDE.matcher(name);
    if (!m.find()) {
      return Optional.empty();
    }
    for (String date : List.of(m.group(1), m.group(2))) {
      try {
        LocalDate.parse(date, DAY);
      } catch (DateTimeParseException e) {
        return Optional.of(date + " is not a date");
      }
    }
    return m.group(1).equals(m.group(2)) ? Optional.of(m.group(1) + " twice") : Optional.empty();
  }

  /**
   * True when the pair inside {@code name} names the later date first: a stack formed against
   * one reference date mid-series names its earlier secondaries so, its phase being the
   * reference's less the secondary's, as SNAP's bands named later date first are.
   */
  static boolean namesLaterFirst(String name) {
    Matcher m = PAIR_INSIDE.matcher(name);
    return m.find() && m.group(1).compareTo(m.group(2)) > 0;
  }

  private static Optional<Pair> parse(Matcher m) {
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      LocalDate a = LocalDate.parse(m.group(1), DAY);
      LocalDate b = LocalDate.parse(m.group(2), DAY);
      return a.isBefore(b) ? Optional.of(new Pair(a, b))
          : b.isBefore(a) ? Optional.of(new Pair(b, a)) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The date {@code yyyymmdd} names, or empty when it names none. */
  static Optional<LocalDate> date(String yyyymmdd) {
    try {
      return Optional.of(LocalDate.parse(yyyymmdd, DAY));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** {@code yyyymmdd_yyyymmdd} of {@code pair}. */
  static String format(Pair pair) {
    return DAY.format(pair.reference()) + "_" + DAY.format(pair.secondary());
  }
}
