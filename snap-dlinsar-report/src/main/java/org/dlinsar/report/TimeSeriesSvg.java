package org.dlinsar.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link TimeSeries} as an inline SVG plot: displacement (mm) against date, each point with its
 * one-sigma error bar, the true displacement dashed when known, month ticks and a zero line.
 * Plain SVG, so the page stays one small file that any browser draws crisply.
 */
final class TimeSeriesSvg {

  static final String ESTIMATE_COLOUR = "#1f5fa8";
  static final String TRUTH_COLOUR = "#8a8a8a";
  private static final int WIDTH = 440;
  private static final int HEIGHT = 230;
  private static final int LEFT = 52;
  private static final int RIGHT = 12;
  private static final int TOP = 12;
  private static final int BOTTOM = 46;
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private TimeSeriesSvg() {
  }

  /** E.g. "..., 2021-01-04 to 2021-12-30, from 0.0 to -54.4 mm, true displacement dashed". */
  private static String label(TimeSeries series, String what) {
    List<Double> mm = series.displacementMm().stream().filter(Double::isFinite).toList();
    StringBuilder label = new StringBuilder(what).append(", ").append(series.dates().get(0)).append(" to ")
        .append(series.dates().get(series.dates().size() - 1));
    if (!mm.isEmpty()) {
      // + 0.0: the first date's -0.0 reads as 0.0
      label.append(", from ").append(Html.fixed(mm.get(0) + 0.0, 1)).append(" to ")
          .append(Html.fixed(mm.get(mm.size() - 1) + 0.0, 1)).append(" mm");
    }
    return label.append(series.truthMm().isEmpty() ? "" : ", true displacement dashed").toString();
  }

  /** The plot, labelled "displacement time series" for a reader who cannot see it. */
  static String of(TimeSeries series) {
    return of(series, "displacement time series");
  }

  /**
   * The plot; {@code what} names it for a reader who cannot see it, followed there by its dates,
   * its first and last displacement and whether the truth is drawn.
   */
  static String of(TimeSeries series, String what) {
    LocalDate first = series.dates().get(0);
    long spanDays = Math.max(1, ChronoUnit.DAYS.between(first, series.dates().get(series.dates().size() - 1)));
    double[] yRange = valueRange(series);
    double yStep = AxisTicks.step(yRange[0], yRange[1], 5);
    double yLow = Math.floor(yRange[0] / yStep) * yStep;
    double yHigh = Math.ceil(yRange[1] / yStep) * yStep;
    Frame frame = new Frame(first, spanDays, yLow, yHigh);

    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"plot\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"").append(Html.escape(label(series, what))).append("\">");
    svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"")
        .append(WIDTH - LEFT - RIGHT).append("\" height=\"").append(HEIGHT - TOP - BOTTOM)
        .append("\" fill=\"#fff\" stroke=\"#999\"/>");
    // As many decimals as the step needs: 5, 10, 15 or 0.5, 1.0, 1.5.
    int decimals = Math.max(0, (int) -Math.floor(Math.log10(yStep) + 1e-9));
    for (double v : AxisTicks.within(yLow, yHigh, yStep)) {
      double y = frame.y(v);
      svg.append(line(LEFT, y, WIDTH - RIGHT, y, v == 0 ? "#555" : "#e4e4e4", v == 0 ? 1 : 0.7, false));
      svg.append(text(LEFT - 5, y + 4, "end", Html.fixed(v, decimals)));
    }
    LocalDate last = series.dates().get(series.dates().size() - 1);
    List<LocalDate> months = monthTicks(first, last);
    if (months.size() >= 2) {
      for (LocalDate month : months) {
        double x = frame.x(month);
        svg.append(line(x, HEIGHT - BOTTOM, x, HEIGHT - BOTTOM + 4, "#555", 1, false));
        svg.append(text(x, HEIGHT - BOTTOM + 16, "middle", MONTH.format(month)));
      }
    } else {
      // a few 6- or 12-day dates hold fewer than two month starts: one label or none would leave
      // the axis without a scale, so name the first and last dates at its ends
      svg.append(dateTick(frame, first, "start"));
      if (last.isAfter(first)) {
        svg.append(dateTick(frame, last, "end"));
      }
    }
    svg.append("<text x=\"13\" y=\"").append(TOP + (HEIGHT - TOP - BOTTOM) / 2)
        .append("\" text-anchor=\"middle\" transform=\"rotate(-90 13 ")
        .append(TOP + (HEIGHT - TOP - BOTTOM) / 2).append(")\">LOS displacement (mm)</text>");
    if (!series.truthMm().isEmpty()) {
      svg.append(polyline(series.dates(), series.truthMm(), frame, TRUTH_COLOUR, true));
    }
    svg.append(polyline(series.dates(), series.displacementMm(), frame, ESTIMATE_COLOUR, false));
    for (int i = 0; i < series.dates().size(); i++) {
      double x = frame.x(series.dates().get(i));
      double d = series.displacementMm().get(i);
      if (!Double.isFinite(d)) {
        continue; // Local-SBAS writes NaN where it could not invert the pixel: a gap, not a point
      }
      if (Double.isFinite(series.errorMm()) && series.errorMm() > 0) {
        double top = frame.y(d + series.errorMm());
        double bottom = frame.y(d - series.errorMm());
        svg.append(line(x, top, x, bottom, ESTIMATE_COLOUR, 1, false));
        svg.append(line(x - 2.5, top, x + 2.5, top, ESTIMATE_COLOUR, 1, false));
        svg.append(line(x - 2.5, bottom, x + 2.5, bottom, ESTIMATE_COLOUR, 1, false));
      }
      svg.append("<circle cx=\"").append(Html.fixed(x, 1)).append("\" cy=\"").append(Html.fixed(frame.y(d), 1))
          .append("\" r=\"2.4\" fill=\"").append(ESTIMATE_COLOUR).append("\"/>");
    }
    svg.append(legend(series));
    return svg.append("</svg>").toString();
  }

  private static String legend(TimeSeries series) {
    int y = HEIGHT - 10;
    StringBuilder svg = new StringBuilder();
    svg.append(line(LEFT, y - 4, LEFT + 18, y - 4, ESTIMATE_COLOUR, 1.5, false));
    String estimate = Double.isFinite(series.errorMm()) && series.errorMm() > 0
        ? "Local-SBAS, bars \u00b1 rms residual " + Html.fixed(series.errorMm(), 1) + " mm"
        : "Local-SBAS";
    svg.append(text(LEFT + 22, y, "start", estimate));
    if (!series.truthMm().isEmpty()) {
      int x = WIDTH - RIGHT - 60;
      svg.append(line(x, y - 4, x + 18, y - 4, TRUTH_COLOUR, 1.5, true));
      svg.append(text(x + 22, y, "start", "truth"));
    }
    return svg.toString();
  }

  private static double[] valueRange(TimeSeries series) {
    double low = 0;
    double high = 0;
    double error = Double.isFinite(series.errorMm()) ? series.errorMm() : 0;
    for (double d : series.displacementMm()) {
      if (Double.isFinite(d)) {
        low = Math.min(low, d - error);
        high = Math.max(high, d + error);
      }
    }
    for (double d : series.truthMm()) {
      if (Double.isFinite(d)) {
        low = Math.min(low, d);
        high = Math.max(high, d);
      }
    }
    return high > low ? new double[] {low, high} : new double[] {-1, 1};
  }

  /** First days of months inside [first, last], thinned to at most seven labels. */
  private static List<LocalDate> monthTicks(LocalDate first, LocalDate last) {
    List<LocalDate> months = new ArrayList<>();
    for (LocalDate m = first.withDayOfMonth(1).plusMonths(first.getDayOfMonth() == 1 ? 0 : 1);
        !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
    }
    int every = Math.max(1, (months.size() + 6) / 7);
    List<LocalDate> kept = new ArrayList<>();
    for (int i = 0; i < months.size(); i += every) {
      kept.add(months.get(i));
    }
    return kept;
  }

  /** A tick at {@code date} labelled with the day, anchored so that the label stays inside the plot's width. */
  private static String dateTick(Frame frame, LocalDate date, String anchor) {
    double x = frame.x(date);
    return line(x, HEIGHT - BOTTOM, x, HEIGHT - BOTTOM + 4, "#555", 1, false)
        + text(x, HEIGHT - BOTTOM + 16, anchor, DAY.format(date));
  }

  /** The values as lines through the finite ones, broken where a value is missing. */
  private static String polyline(List<LocalDate> dates, List<Double> values, Frame frame, String colour,
      boolean dashed) {
    StringBuilder lines = new StringBuilder();
    StringBuilder points = new StringBuilder();
    for (int i = 0; i <= dates.size(); i++) {
      boolean finite = i < dates.size() && Double.isFinite(values.get(i));
      if (finite) {
        points.append(Html.fixed(frame.x(dates.get(i)), 1)).append(',')
            .append(Html.fixed(frame.y(values.get(i)), 1)).append(' ');
      } else if (points.length() > 0) {
        lines.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"1.5\"")
            .append(dashed ? " stroke-dasharray=\"5 3\"" : "").append(" points=\"")
            .append(points.toString().trim()).append("\"/>");
        points.setLength(0);
      }
    }
    return lines.toString();
  }

  private static String line(double x1, double y1, double x2, double y2, String colour, double width,
      boolean dashed) {
    return "<line x1=\"" + Html.fixed(x1, 1) + "\" y1=\"" + Html.fixed(y1, 1) + "\" x2=\"" + Html.fixed(x2, 1)
        + "\" y2=\"" + Html.fixed(y2, 1) + "\" stroke=\"" + colour + "\" stroke-width=\"" + width + "\""
        + (dashed ? " stroke-dasharray=\"5 3\"" : "") + "/>";
  }

  private static String text(double x, double y, String anchor, String label) {
    return "<text x=\"" + Html.fixed(x, 1) + "\" y=\"" + Html.fixed(y, 1) + "\" text-anchor=\"" + anchor
        + "\">" + Html.escape(label) + "</text>";
  }

  /** Data to SVG coordinates inside the plot area. */
  private record Frame(LocalDate first, long spanDays, double low, double high) {

    double x(LocalDate date) {
      return LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(first, date) / spanDays;
    }

    double y(double value) {
      return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * (value - low) / (high - low);
    }
  }
}
