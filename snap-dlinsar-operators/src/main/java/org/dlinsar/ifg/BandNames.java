package org.dlinsar.ifg;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every band-name pattern of the product contract (CONTRACT.md sections 1 and 2), built and parsed
 * in one place.
 *
 * <p>An interferogram is named by its suffix {@code <tag>_<ref>_<sec>} (or {@code <ref>_<sec>}):
 * {@code i_ifg_IW1_VV_15Jan2020_27Jan2020} has suffix {@code IW1_VV_15Jan2020_27Jan2020}, tag
 * {@code IW1_VV} and the pair 2020-01-15 / 2020-01-27. Dates are {@code ddMMMyyyy} with English
 * month abbreviations. The pair is read from the last two date tokens of the suffix; stack markers
 * that older and newer SNAP versions put into the name ({@code mst}, {@code slv1}, {@code ref},
 * {@code sec1}) are kept in the suffix, which must match the source band exactly, but are left out
 * of the tag.
 */
public final class BandNames {

  /** Prefix of the real part of an interferogram, unit {@value #UNIT_REAL}. */
  public static final String REAL_PREFIX = "i_ifg_";
  /** Prefix of the imaginary part of an interferogram, unit {@value #UNIT_IMAGINARY}. */
  public static final String IMAGINARY_PREFIX = "q_ifg_";
  /** Prefix of an interferogram's coherence, unit {@value #UNIT_COHERENCE}. */
  public static final String COHERENCE_PREFIX = "coh_";
  /** Prefix of SNAP's virtual phase bands; ignored, phase is derived from i and q. */
  public static final String PHASE_PREFIX = "Phase_ifg_";
  /** Prefix of optional intensity bands (amplitude input for masking). */
  public static final String INTENSITY_PREFIX = "Intensity_";
  /** Optional terrain height band, unit {@value #UNIT_ELEVATION}. */
  public static final String ELEVATION = "elevation";
  /** Prefix of the DL-Mask output: uint8, 1 = coherent phase, 0 = decorrelated. */
  public static final String MASK_PREFIX = "mask_ifg_";
  /** Stacked azimuth (row) phase gradient, unit {@value #UNIT_GRADIENT_RATE}. */
  public static final String GRADIENT_AZIMUTH = "grad_az";
  /** Stacked range (column) phase gradient, unit {@value #UNIT_GRADIENT_RATE}. */
  public static final String GRADIENT_RANGE = "grad_rg";
  /** Number of interferograms that contributed to the gradient stack at a pixel. */
  public static final String GRADIENT_COUNT = "grad_count";
  /** Standard error of the stacked gradient, unit {@value #UNIT_GRADIENT_RATE}. */
  public static final String GRADIENT_STDERR = "grad_stderr";
  /**
   * Prefix of unwrapped phase, unit {@value #UNIT_ABS_PHASE}: DL-Unwrap writes {@code
   * Unw_Phase_ifg_<suffix>}, SNAP's SnaphuImport {@code Unw_Phase_ifg_<ref>_<sec>}.
   */
  public static final String UNWRAPPED_PHASE_PREFIX = "Unw_Phase_ifg_";
  /**
   * Prefix of DL-Unwrap's connected components (SNAPHU's conncomp), int32: per pixel its
   * component of the unwrapped phase, 0 where the phase is NaN.
   */
  public static final String COMPONENTS_PREFIX = "conncomp_ifg_";
  /** Detection id inside its box, 0 elsewhere. */
  public static final String DETECTION_ID = "detection_id";
  /** DL-Detect's mask of the pixels inside a detection's box ({@code detection_id > 0}). */
  public static final String DETECTIONS_MASK = "detections";
  /** Line-of-sight velocity, mm/year. */
  public static final String VELOCITY = "velocity";
  /** The velocity's uncertainty, 1 sigma, mm/year (as MintPy's velocityStd, widened: CONTRACT.md section 4). */
  public static final String VELOCITY_STD = "velocity_std";
  /** Prefix of the displacement at one acquisition date, mm. */
  public static final String DISPLACEMENT_PREFIX = "disp_";
  /** Residual RMS of the time-series inversion, mm. */
  public static final String RMS_RESIDUAL = "rms_residual";
  /** Temporal coherence of the time-series inversion, 0..1 (MintPy's temporalCoherence). */
  public static final String TEMPORAL_COHERENCE = "temporal_coherence";
  /** Local-SBAS: the DEM's error fitted from the series, metres. */
  public static final String DEM_ERROR = "dem_error";
  /** Local-SBAS: the velocity along the slope, down it positive, mm/year. */
  public static final String VELOCITY_DOWNSLOPE = "velocity_downslope";
  /** Local-SBAS: the velocity along the slope's uncertainty, 1 sigma, mm/year. */
  public static final String VELOCITY_DOWNSLOPE_STD = "velocity_downslope_std";

  /** Unit of the real part, as SNAP writes it. */
  public static final String UNIT_REAL = "real";
  /** Unit of the imaginary part, as SNAP writes it. */
  public static final String UNIT_IMAGINARY = "imaginary";
  /** Unit of coherence, as SNAP writes it. */
  public static final String UNIT_COHERENCE = "coherence";
  /** Unit of heights, as SNAP's AddElevation writes it. */
  public static final String UNIT_ELEVATION = "meters";
  /** Unit of unwrapped phase, as SNAP's SnaphuImport writes it. */
  public static final String UNIT_ABS_PHASE = "abs_phase";
  /** Unit of the gradient stack. */
  public static final String UNIT_GRADIENT_RATE = "rad/pixel/year";

  /** One acquisition date token, {@code ddMMMyyyy}, between '_' separators. */
  private static final Pattern DATE_TOKEN = Pattern.compile("\\d{1,2}[A-Za-z]{3}\\d{4}");
  /** Stack markers of SNAP up to 13 (mst, slv1) and from 14 (ref, sec1). */
  private static final Pattern STACK_MARKER = Pattern.compile("(?i)mst|slv\\d*|ref|sec\\d*");

  private static final DateTimeFormatter DATE_PARSER =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("d")
          .appendPattern("MMM")
          .appendPattern("uuuu")
          .toFormatter(Locale.ENGLISH)
          .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DATE_FORMAT =
      DateTimeFormatter.ofPattern("ddMMMuuuu", Locale.ENGLISH);

  /** The first date band names can hold: {@code ddMMMyyyy} has four digits for the year. */
  public static final LocalDate FIRST_DATE = LocalDate.of(0, 1, 1);
  /** The last date band names can hold. */
  public static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

  private BandNames() {}

  /** Returns {@code i_ifg_<suffix>}. */
  public static String real(String suffix) {
    return REAL_PREFIX + suffix;
  }

  /** Returns {@code q_ifg_<suffix>}. */
  public static String imaginary(String suffix) {
    return IMAGINARY_PREFIX + suffix;
  }

  /** Returns {@code coh_<suffix>}. */
  public static String coherence(String suffix) {
    return COHERENCE_PREFIX + suffix;
  }

  /** Returns {@code mask_ifg_<suffix>}. */
  public static String mask(String suffix) {
    return MASK_PREFIX + suffix;
  }

  /** Returns {@code Unw_Phase_ifg_<suffix>}. */
  public static String unwrappedPhase(String suffix) {
    return UNWRAPPED_PHASE_PREFIX + suffix;
  }

  /** Returns {@code conncomp_ifg_<suffix>}. */
  public static String components(String suffix) {
    return COMPONENTS_PREFIX + suffix;
  }

  /**
   * Returns {@code Unw_Phase_ifg_<first>_<second>}, the name SNAP's SnaphuImport gives an
   * unwrapped phase: the interferogram's two dates in its order, without its tag.
   */
  public static String unwrappedPhaseOfDates(LocalDate first, LocalDate second) {
    return UNWRAPPED_PHASE_PREFIX + formatDate(first) + "_" + formatDate(second);
  }

  /** Returns {@code disp_<ddMMMyyyy>} for one acquisition date. */
  public static String displacement(LocalDate date) {
    return DISPLACEMENT_PREFIX + formatDate(date);
  }

  /**
   * Returns the date as SNAP writes it in band names, {@code 05Jan2020}.
   *
   * @throws IllegalArgumentException when the year has not four digits: such a name
   *     ({@code 06Mar+10000}) would not parse back
   */
  public static String formatDate(LocalDate date) {
    if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
      throw new IllegalArgumentException("date " + date + " has no four-digit year; band names"
          + " write dates as ddMMMyyyy, from " + FIRST_DATE + " to " + LAST_DATE);
    }
    return DATE_FORMAT.format(date);
  }

  /**
   * Returns what follows {@code prefix} in {@code bandName}, or empty when the name does not start
   * with it or nothing follows.
   */
  public static Optional<String> suffixAfter(String prefix, String bandName) {
    if (bandName.length() > prefix.length() && bandName.startsWith(prefix)) {
      return Optional.of(bandName.substring(prefix.length()));
    }
    return Optional.empty();
  }

  /** True for SNAP's virtual {@code Phase_ifg_*} bands, which are never read. */
  public static boolean isPhase(String bandName) {
    return bandName.startsWith(PHASE_PREFIX);
  }

  /**
   * Returns the pair named by the last two date tokens of an interferogram suffix, earlier date
   * first whatever the order of the name ({@link #namesLaterDateFirst}).
   *
   * @param suffix the suffix, such as {@code IW1_VV_15Jan2020_27Jan2020}
   * @param bandName the band the suffix comes from, named in error messages
   * @throws IllegalArgumentException when there are fewer than two date tokens, a token is not a
   *     date, or the two dates are one
   */
  public static Pair pairOf(String suffix, String bandName) {
    LocalDate[] dates = namedDates(suffix, bandName);
    if (dates[0].equals(dates[1])) {
      throw new IllegalArgumentException(
          "band '" + bandName + "': reference and secondary date are both " + dates[0]);
    }
    return dates[0].isBefore(dates[1]) ? new Pair(dates[0], dates[1]) : new Pair(dates[1], dates[0]);
  }

  /**
   * True when the suffix names the later date first. SNAP's interferogram operator names each
   * interferogram of a stack by its reference image, then the secondary one; in a stack whose
   * reference image lies mid-series, the interferograms of earlier images name the later date
   * first and hold the conjugate of the date-ordered pair's interferogram.
   */
  public static boolean namesLaterDateFirst(String suffix, String bandName) {
    LocalDate[] dates = namedDates(suffix, bandName);
    return dates[0].isAfter(dates[1]);
  }

  /** The last two date tokens of the suffix, in the name's order. */
  private static LocalDate[] namedDates(String suffix, String bandName) {
    List<String> tokens = dateTokens(suffix);
    if (tokens.size() < 2) {
      throw new IllegalArgumentException(
          "band '" + bandName + "': expected two acquisition dates ddMMMyyyy at the end of the name"
              + " (<tag>_<reference>_<secondary>, e.g. IW1_VV_15Jan2020_27Jan2020), found "
              + tokens.size());
    }
    return new LocalDate[] {parseDate(tokens.get(tokens.size() - 2), bandName),
        parseDate(tokens.get(tokens.size() - 1), bandName)};
  }

  /**
   * Returns the tag of an interferogram suffix: its tokens other than the two pair dates and the
   * stack markers, joined by '_' ({@code IW1_VV}), or "" when none remain.
   */
  public static String tagOf(String suffix) {
    String[] tokens = suffix.split("_");
    List<Integer> dates = dateTokenIndices(tokens);
    List<Integer> pairDates = dates.subList(Math.max(0, dates.size() - 2), dates.size());
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i];
      if (!token.isEmpty() && !pairDates.contains(i) && !STACK_MARKER.matcher(token).matches()) {
        kept.add(token);
      }
    }
    return String.join("_", kept);
  }

  /**
   * Parses one {@code ddMMMyyyy} date token (English month, any case).
   *
   * @param bandName the band the token comes from, named in the error message
   * @throws IllegalArgumentException when the token is not a calendar date
   */
  public static LocalDate parseDate(String token, String bandName) {
    try {
      return LocalDate.parse(token, DATE_PARSER);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "band '" + bandName + "': date token '" + token
              + "' is not a date ddMMMyyyy with an English month (e.g. 15Jan2020)", e);
    }
  }

  private static List<String> dateTokens(String suffix) {
    String[] tokens = suffix.split("_");
    List<String> dates = new ArrayList<>();
    for (int i : dateTokenIndices(tokens)) {
      dates.add(tokens[i]);
    }
    return dates;
  }

  private static List<Integer> dateTokenIndices(String[] tokens) {
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      if (DATE_TOKEN.matcher(tokens[i]).matches()) {
        indices.add(i);
      }
    }
    return indices;
  }
}
