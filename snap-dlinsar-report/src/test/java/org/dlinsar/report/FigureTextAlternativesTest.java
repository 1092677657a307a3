package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every picture on the page says in words what it shows, for a reader who cannot see it (screen
 * reader) or whose browser does not load it: each image's alt text and each plot's label name
 * the figure, what its colours run between and what is outlined on it, and no two are the same.
 */
class FigureTextAlternativesTest {

  @Test
  void everyImageHasItsOwnAltTextNamingItsColoursAndBoxes() {
    String html = HtmlReport.render(SamplePages.withOneTimeSeries(-42, -45));

    List<String> alts = attributes(html, "<img [^>]*alt=\"([^\"]*)\"");
    assertEquals(html.split("<img ", -1).length - 1, alts.size(), "an <img> without alt");
    assertEquals(alts.size(), new HashSet<>(alts).size(), "two images with one alt text: " + alts);
    for (String alt : alts) {
      assertTrue(alt.contains(" to "), "what the colours run between: " + alt);
    }
    String patch = alts.stream().filter(a -> a.contains("detection 1")).findFirst().orElseThrow(
        () -> new AssertionError("the velocity patch's alt names no detection: " + alts));
    assertTrue(patch.contains("LOS velocity, mm/year") && patch.contains("(blue, away from satellite)")
        && patch.contains("(red, toward satellite)"), patch);
    assertTrue(patch.contains("outlined: 1 detection box"), patch);
    String quicklook = alts.get(0);
    assertTrue(quicklook.matches("ramp one: colours from -[0-9.]+ \\(blue\\) to [0-9.]+ \\(red\\) rad/pixel/year; .*"),
        quicklook);
    assertTrue(quicklook.contains("outlined: 1 true site") && quicklook.contains("hatched: no data"), quicklook);
  }

  @Test
  void eachTimeSeriesPlotSaysWhoseItIsAndWhatItSpans() {
    String html = HtmlReport.render(SamplePages.withOneTimeSeries(-42, -45));

    List<String> labels = attributes(html, "<svg class=\"plot\"[^>]*aria-label=\"([^\"]*)\"");
    assertEquals(1, labels.size(), html);
    String label = labels.get(0);
    assertTrue(label.startsWith("LOS displacement at detection 1's peak-velocity pixel, "), label);
    assertTrue(label.contains(SamplePages.DATES.get(0) + " to " + SamplePages.DATES.get(SamplePages.DATES.size() - 1)),
        label);
    assertTrue(label.contains("from 0.0 to -27.6 mm"), label);
    assertTrue(!label.contains("true"), "no truth in the sample's series: " + label);
    TimeSeries withTruth = SamplePages.series(-40, 2).withTruth(SamplePages.series(-35, 0).displacementMm());
    assertTrue(TimeSeriesSvg.of(withTruth, "x").contains(", true displacement dashed\""));
  }

  @Test
  void whatTheAltTextSaysIsNotReadTwiceAndEveryColumnIsNamed() {
    String html = HtmlReport.render(SamplePages.withOneTimeSeries(-42, -45));

    // the boxes drawn over an image are in its alt text; their ids alone would be read as stray numbers
    int overlays = html.split("<svg class=\"boxes\"", -1).length - 1;
    assertTrue(overlays > 0, html);
    assertEquals(overlays, html.split("<svg class=\"boxes\" aria-hidden=\"true\"", -1).length - 1,
        "a box overlay a screen reader reads");
    assertEquals(List.of(), attributes(html, "(<th></th>)"), "a table column without a name");
  }

  private static List<String> attributes(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1).replace("&#39;", "'").replace("&amp;", "&"));
    }
    return found;
  }
}
