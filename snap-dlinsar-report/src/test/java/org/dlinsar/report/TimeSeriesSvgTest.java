package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TimeSeriesSvgTest {

  private static final Pattern POINT = Pattern.compile("<circle cx=\"([-0-9.]+)\" cy=\"([-0-9.]+)\"");
  private static final Pattern VERTICAL = Pattern.compile(
      "<line x1=\"([-0-9.]+)\" y1=\"([-0-9.]+)\" x2=\"\\1\" y2=\"([-0-9.]+)\" stroke=\"" + TimeSeriesSvg.ESTIMATE_COLOUR);

  @Test
  void drawsOnePointPerDateLowerForMoreSubsidenceAndLaterToTheRight() {
    List<double[]> points = points(TimeSeriesSvg.of(SamplePages.series(-40, 2)));

    assertEquals(SamplePages.DATES.size(), points.size());
    for (int i = 1; i < points.size(); i++) {
      assertTrue(points.get(i)[0] > points.get(i - 1)[0], "x must grow with the date");
      assertTrue(points.get(i)[1] > points.get(i - 1)[1], "subsiding: each point lower on screen");
    }
  }

  @Test
  void errorBarsSpanTwiceTheErrorOnTheDisplacementScale() {
    TimeSeries series = SamplePages.series(-40, 3);
    String svg = TimeSeriesSvg.of(series);
    List<double[]> points = points(svg);
    double mmFirst = series.displacementMm().get(0);
    double mmLast = series.displacementMm().get(series.dates().size() - 1);
    double pixelsPerMm = (points.get(points.size() - 1)[1] - points.get(0)[1]) / (mmFirst - mmLast);

    Matcher bar = VERTICAL.matcher(svg);
    int bars = 0;
    while (bar.find()) {
      double length = Math.abs(Double.parseDouble(bar.group(3)) - Double.parseDouble(bar.group(2)));
      assertEquals(2 * 3 * pixelsPerMm, length, 0.3, "error bar length in pixels");
      bars++;
    }
    assertEquals(series.dates().size(), bars);
  }

  @Test
  void drawsTheTruthDashedOnlyWhenGiven() {
    TimeSeries series = SamplePages.series(-40, 2);

    assertFalse(TimeSeriesSvg.of(series).contains("stroke-dasharray"));
    String withTruth = TimeSeriesSvg.of(series.withTruth(SamplePages.series(-35, 0).displacementMm()));
    assertTrue(withTruth.contains("<polyline fill=\"none\" stroke=\"" + TimeSeriesSvg.TRUTH_COLOUR
        + "\" stroke-width=\"1.5\" stroke-dasharray"), withTruth);
  }

  @Test
  void leavesErrorBarsOutWhenTheErrorIsUnknown() {
    String svg = TimeSeriesSvg.of(SamplePages.series(-40, Double.NaN));

    assertFalse(VERTICAL.matcher(svg).find(), svg);
    assertEquals(SamplePages.DATES.size(), points(svg).size());
  }

  @Test
  void leavesAGapWhereLocalSbasGaveNoDisplacement() {
    TimeSeries full = SamplePages.series(-40, 2);
    List<Double> withGap = new ArrayList<>(full.displacementMm());
    withGap.set(2, Double.NaN);
    String svg = TimeSeriesSvg.of(new TimeSeries(full.dates(), withGap, 2, -40, Double.NaN, List.of()));

    assertEquals(full.dates().size() - 1, points(svg).size());
    assertEquals(2, svg.split("<polyline ", -1).length - 1, "the line breaks at the gap");
    assertFalse(svg.contains("n/a") || svg.contains("NaN"), svg);
  }

  /**
   * The time axis is labelled by the months that begin inside the series; a series of a few 6- or
   * 12-day dates holds fewer than two (three dates from 4 to 28 January none, 4 January to 15
   * February one), and the axis was left with no date or one: it now names the first and last
   * dates at its ends.
   */
  @Test
  void aSeriesShorterThanTwoMonthStartsNamesItsFirstAndLastDates() {
    for (List<LocalDate> dates : List.of(
        List.of(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 16), LocalDate.of(2021, 1, 28)),
        List.of(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 28), LocalDate.of(2021, 2, 15)))) {
      String svg = TimeSeriesSvg.of(new TimeSeries(dates, List.of(0.0, -1.0, -2.0), 0.5, -30, 0.9, List.of()));
      LocalDate last = dates.get(dates.size() - 1);
      assertTrue(svg.contains("text-anchor=\"start\">4 Jan 2021</text>"), svg);
      assertTrue(svg.contains("text-anchor=\"end\">" + last.getDayOfMonth() + " "
          + (last.getMonthValue() == 1 ? "Jan" : "Feb") + " 2021</text>"), svg);
      assertFalse(svg.contains(">Feb 2021</text>"), "dates, not a lone month: " + svg);
    }
    // longer series keep their month ticks
    String svg = TimeSeriesSvg.of(SamplePages.series(-40, 2));
    assertTrue(svg.contains(">Feb 2021</text>") || svg.contains(">Mar 2021</text>"), svg);
    assertFalse(svg.contains(">4 Jan 2021</text>"), svg);
  }

  private static List<double[]> points(String svg) {
    List<double[]> points = new ArrayList<>();
    Matcher m = POINT.matcher(svg);
    while (m.find()) {
      points.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
    }
    return points;
  }
}
