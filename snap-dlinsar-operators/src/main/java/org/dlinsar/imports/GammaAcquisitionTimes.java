package org.dlinsar.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dlinsar.ifg.AcquisitionTimes;
import org.esa.snap.core.datamodel.ProductData;

/**
 * The first line times of a GAMMA stack's acquisitions, from each date's parameter file beside
 * the interferograms: {@code <yyyymmdd>.slc.par}, {@code .rslc.par}, {@code .mli.par} or {@code
 * .rmli.par} (also {@code _slc.par}, as PyRate's examples name them, and an {@code r} before the
 * date). The time is the {@code date} line's day plus {@code start_time} in seconds of that day,
 * or, where a file has no {@code start_time}, the time on its {@code date} line (as ROI_PAC's
 * converted files give it). A date without such a file, or whose file gives no readable time on
 * that date (a parameter file of another acquisition), has none: the stack's spans are then
 * whole dates, which is what they were before, so a file that does not fit is passed over rather
 * than stopping the import. So are all the times when they lie more than {@link #MAX_SPREAD_S}
 * apart in time of day: a repeat-pass stack's acquisitions lie within minutes of one time of day,
 * and spans rounded from times hours apart would move by a day where the names are right
 * (PyRate's Sydney files, converted from ROI_PAC, give times from 01:18 to 23:18 UTC).
 */
final class GammaAcquisitionTimes {

  /** A date's parameter file: not a pair's (a second date after the first). */
  private static final Pattern DATE_PAR =
      Pattern.compile("^r?(\\d{8})(?![-_]\\d{8})([._][A-Za-z0-9]+)*?[._]r?(slc|mli)\\.par$");
  private static final LocalDate MJD2000 = LocalDate.of(2000, 1, 1);
  private static final long MICROS_PER_DAY = 86_400_000_000L;
  /** As {@link AcquisitionTimes#MAX_SPREAD_S}: times spread wider are not written at all. */
  static final double MAX_SPREAD_S = AcquisitionTimes.MAX_SPREAD_S;

  private GammaAcquisitionTimes() {}

  /**
   * The times of those of {@code dates} whose parameter file lies in {@code folder}, in date
   * order; where a date has several files, the first by name that gives its time. None when they
   * lie more than {@link #MAX_SPREAD_S} apart in time of day.
   */
  static List<FirstLineTime> of(Path folder, Collection<LocalDate> dates) throws IOException {
    List<Path> pars = FolderFiles.named(folder, name -> DATE_PAR.matcher(name).matches());
    List<FirstLineTime> times = new ArrayList<>();
    for (LocalDate date : new TreeSet<>(dates)) {
      for (Path par : pars) {
        Optional<FirstLineTime> time = dateOf(par).filter(date::equals).flatMap(d -> read(par, d));
        if (time.isPresent()) {
          times.add(time.get());
          break;
        }
      }
    }
    return spreadSeconds(times) <= MAX_SPREAD_S ? times : List.of();
  }

  /** The seconds of the day of each of {@code times}' first lines, for their spread. */
  static double spreadSeconds(List<FirstLineTime> times) {
    return AcquisitionTimes.spreadSeconds(times.stream().mapToDouble(t -> t.time().getSecondsFraction()
        + t.time().getMicroSecondsFraction() / 1e6).toArray());
  }

  private static Optional<LocalDate> dateOf(Path par) {
    Matcher m = DATE_PAR.matcher(par.getFileName().toString());
    return m.matches() ? PairFileName.date(m.group(1)) : Optional.empty();
  }

  /** The first line time {@code par} gives, when it lies on {@code date}. */
  static Optional<FirstLineTime> read(Path par, LocalDate date) {
    Map<String, String[]> keys;
    try {
      keys = GammaPar.tokens(par);
    } catch (IOException e) {
      return Optional.empty();
    }
    String[] day = keys.get("date");
    String[] start = keys.get("start_time");
    try {
      if (day == null || day.length < 3) {
        return Optional.empty();
      }
      LocalDate parDate = LocalDate.of(Integer.parseInt(day[0]), Integer.parseInt(day[1]),
          Integer.parseInt(day[2]));
      double seconds;
      if (start != null) {
        seconds = Double.parseDouble(start[0]);
      } else if (day.length >= 6) {
        seconds = 3600 * Integer.parseInt(day[3]) + 60 * Integer.parseInt(day[4])
            + Double.parseDouble(day[5]);
      } else {
        return Optional.empty();
      }
      if (!(seconds >= 0 && seconds < 2 * 86400)) {
        return Optional.empty();
      }
      // start_time counts from the date line's midnight and may run past it
      long micros = ChronoUnit.DAYS.between(MJD2000, parDate) * MICROS_PER_DAY + Math.round(seconds * 1e6);
      long days = Math.floorDiv(micros, MICROS_PER_DAY);
      long ofDay = Math.floorMod(micros, MICROS_PER_DAY);
      if (!MJD2000.plusDays(days).equals(date)) {
        return Optional.empty(); // another acquisition's, or a file named for another day
      }
      return Optional.of(new FirstLineTime(date, new ProductData.UTC((int) days,
          (int) (ofDay / 1_000_000), (int) (ofDay % 1_000_000)), par));
    } catch (RuntimeException e) {
      return Optional.empty(); // unreadable numbers, or no such day
    }
  }
}
