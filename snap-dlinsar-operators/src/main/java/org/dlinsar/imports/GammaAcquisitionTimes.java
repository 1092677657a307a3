package org.dlinsar.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dlinsar.ifg.AcquisitionTimes;
import org.esa.snap.core.datamodel.ProductData;

/**
 * The first line times of a GAMMA stack's acquisitions, or of GeoTIFF interferograms formed by
 * GAMMA (PyRate's stacks keep the GAMMA headers beside them), from each date's parameter file: {@code
 * <yyyymmdd>.slc.par}, {@code .rslc.par}, {@code .mli.par} or {@code .rmli.par} (also {@code
 * _slc.par}, as PyRate's examples name them, and an {@code r} before the date), found where stacks
 * keep them ({@link #childrenNamed}): beside the interferograms, in a {@code headers/} folder (PyRate),
 * or in the date's own {@code rslc/<yyyymmdd>/} or {@code slc/<yyyymmdd>/} folder (GAMMA's and
 * LiCSAR's processing). The time is the {@code date} line's day plus {@code start_time} in seconds
 * of that day, or, where a file has no {@code start_time}, the time on its {@code date} line (as
 * ROI_PAC's converted files give it). A date without such a file, or whose file gives no readable
 * time on that date (a parameter file of another acquisition), has none: the stack's spans are
 * then whole dates, which is what they were before, so a file that does not fit is passed over
 * rather than stopping the import. So are all the times when they lie more than {@link
 * #MAX_SPREAD_S} apart in time of day: a repeat-pass stack's acquisitions lie within minutes of
 * one time of day, and spans rounded from times hours apart would move by a day where the names
 * are right (PyRate's Sydney files, converted from ROI_PAC, give times from 01:18 to 23:18 UTC).
 * Two files of one date whose times lie more than {@link #SAME_ACQUISITION_S} apart are two
 * acquisitions' and stop the import, naming both: which one is this stack's is not for the import
 * to guess.
 */
final class GammaAcquisitionTimes {

  /** A date's parameter file: not a pair's (a second date after the first). */
  private static final Pattern DATE_PAR =
      Pattern.compile("^r?(\\d{8})(?![-_]\\d{8})([._][A-Za-z0-9]+)*?[._]r?(slc|mli)\\.par$");
  private static final LocalDate MJD2000 = LocalDate.of(2000, 1, 1);
  private static final long MICROS_PER_DAY = 86_400_000_000L;
  /** As {@link AcquisitionTimes#MAX_SPREAD_S}: times spread wider are not written at all. */
  static final double MAX_SPREAD_S = AcquisitionTimes.MAX_SPREAD_S;
  /**
   * How far apart two files' first lines may lie and be one acquisition's: an SLC and its
   * multilooked MLI start within milliseconds (PyRate's Mexico City headers, 1 ms), a crop of it a
   * few bursts later (LiCSAR's frames); another pass over the same place comes an orbit (about 100
   * minutes) or more later.
   */
  static final double SAME_ACQUISITION_S = 300;
  /** The folders of {@link #childrenNamed} named for their role, in any case. */
  private static final String HEADERS = "headers";
  private static final List<String> ROLE_FOLDERS = List.of(HEADERS, "rslc", "slc");

  private GammaAcquisitionTimes() {}

  /** The times of the dates of {@code pairs}, as {@link #of(Path, Collection)} gives them. */
  static List<FirstLineTime> ofPairs(Path folder, List<ImportedPair> pairs) throws IOException {
    return of(folder, ImportedBaselines.datesOf(pairs));
  }

  /**
   * The times of those of {@code dates} whose parameter file lies in {@code folder} or where
   * {@link #childrenNamed} finds, in date order; where a date has several files that agree, the first found.
   * None when they lie more than {@link #MAX_SPREAD_S} apart in time of day.
   *
   * @throws IOException one line naming two files of one date whose times lie more than {@link
   *     #SAME_ACQUISITION_S} apart
   */
  static List<FirstLineTime> of(Path folder, Collection<LocalDate> dates) throws IOException {
    List<FirstLineTime> times = new ArrayList<>();
    for (Map.Entry<LocalDate, List<Path>> date : parameterFiles(folder, dates).entrySet()) {
      FirstLineTime taken = null;
      for (Path par : date.getValue()) {
        Optional<FirstLineTime> time = read(par, date.getKey());
        if (time.isEmpty()) {
          continue;
        }
        if (taken == null) {
          taken = time.get();
        } else {
          checkOneAcquisition(taken, time.get());
        }
      }
      if (taken != null) {
        times.add(taken);
      }
    }
    return spreadSeconds(times) <= MAX_SPREAD_S ? times : List.of();
  }

  /**
   * Each of {@code dates}, in date order, with the parameter files named for it in {@code folder}
   * or where {@link #childrenNamed} finds, in the order found: also where their times are not
   * taken (they lie too far apart), since their geometry (heading, incidence) still holds.
   */
  static SortedMap<LocalDate, List<Path>> parameterFiles(Path folder, Collection<LocalDate> dates)
      throws IOException {
    List<Path> shared = new ArrayList<>(datePars(folder));
    List<Path> dateRoots = new ArrayList<>();
    for (Path child : childrenNamed(folder)) {
      if (child.getFileName().toString().equalsIgnoreCase(HEADERS)) {
        shared.addAll(datePars(child));
      } else {
        dateRoots.add(child);
      }
    }
    SortedMap<LocalDate, List<Path>> files = new TreeMap<>();
    for (LocalDate date : new TreeSet<>(dates)) {
      List<Path> pars = new ArrayList<>(shared);
      for (Path root : dateRoots) {
        pars.addAll(datePars(root.resolve(date.format(DateTimeFormatter.BASIC_ISO_DATE))));
      }
      files.put(date, pars.stream().filter(par -> dateOf(par).filter(date::equals).isPresent()).toList());
    }
    return files;
  }

  /**
   * Where stacks keep their dates' parameter files besides {@code folder} itself, in the order
   * they are taken: the folders in {@code folder} or in its parent named, in any case, {@code
   * headers} (PyRate's; its Mexico City crop keeps it beside its interferograms' folder), {@code
   * rslc} or {@code slc} (GAMMA's and LiCSAR's processing, a folder per date: {@code
   * RSLC/<yyyymmdd>/<yyyymmdd>.rslc.par}); a parent that cannot be listed has none (see {@link
   * #datePars}). Each folder is listed once per import.
   */
  private static List<Path> childrenNamed(Path folder) {
    List<Path> found = new ArrayList<>();
    Path parent = folder.toAbsolutePath().normalize().getParent();
    for (Path above : parent == null ? List.of(folder) : List.of(folder, parent)) {
      List<Path> children;
      try {
        children = FolderFiles.folders(above);
      } catch (IOException e) {
        continue;
      }
      for (Path child : children) {
        if (ROLE_FOLDERS.contains(child.getFileName().toString().toLowerCase(Locale.ROOT))) {
          found.add(child);
        }
      }
    }
    return found;
  }

  /**
   * The dates' parameter files in {@code place}; none where it cannot be listed. The import only
   * looks around the stack's folder for them: a folder there that this user may pass through but
   * not read (another user's home or processing folder, mode 711) is passed over as a file that
   * does not fit is, not a reason to stop the import.
   */
  private static List<Path> datePars(Path place) {
    try {
      return FolderFiles.named(place, name -> DATE_PAR.matcher(name).matches());
    } catch (IOException e) {
      return List.of();
    }
  }

  /** @throws IOException naming both files, when their times are two acquisitions' */
  private static void checkOneAcquisition(FirstLineTime taken, FirstLineTime other) throws IOException {
    double apart = Math.abs(seconds(taken) - seconds(other));
    if (apart > SAME_ACQUISITION_S) {
      throw new IOException(String.format(Locale.ROOT, "%s (first line %s) and %s (first line %s):"
          + " two parameter files of %s whose first lines lie %.0f s apart, two acquisitions'"
          + " rather than one's; keep this stack's", taken.file(), taken.time().format(),
          other.file(), other.time().format(), taken.date(), apart));
    }
  }

  private static double seconds(FirstLineTime t) {
    return t.time().getDaysFraction() * 86400.0 + t.time().getSecondsFraction()
        + t.time().getMicroSecondsFraction() / 1e6;
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
