package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A LOS velocity's colour bar says which end is ground moving toward the satellite (positive,
 * CONTRACT.md) and which away, on the bar itself: a reader who sees a figure apart from its
 * caption (a copied image, true_velocity.png in a Markdown viewer) still reads the sign.
 */
class LosSignOnColourBarsTest {

  private static final int W = 20;
  private static final int H = 10;

  private static float[] truth() {
    float[] v = new float[W * H];
    v[3 * W + 4] = -60;
    v[6 * W + 12] = 25;
    return v;
  }

  private static DemoFigures figures() {
    return new DemoFigures("OTSU", Map.of(), Map.of(), null, new double[] {1}, new float[W * H], truth());
  }

  @Test
  void thePagesBarsNameTheSignAtTheirEnds() {
    String truthBar = ColourBarSvg.of(figures().velocityTruthScale(), "t");
    String card = HtmlReport.render(SamplePages.withOneTimeSeries(-42, -45));
    int patch = card.indexOf("aria-label=\"colour bar, LOS velocity");
    assertTrue(patch > 0, "the velocity patch has a colour bar");
    String patchBar = card.substring(patch, card.indexOf("</svg>", patch));

    for (String bar : List.of(truthBar, patchBar)) {
      int away = bar.indexOf(">away from satellite</text>");
      int toward = bar.indexOf(">toward satellite</text>");
      assertTrue(away > 0 && toward > away, "low end away, high end toward: " + bar);
      assertTrue(bar.contains("text-anchor=\"start\">away") && bar.contains("text-anchor=\"end\">toward"), bar);
    }
    assertTrue(truthBar.contains("aria-label=\"colour bar, mm/year, -60.0 (away from satellite) to 60.0"
        + " (toward satellite)\""), truthBar);
  }

  @Test
  void barsOfOtherQuantitiesSayNothingOfTheSatellite() {
    String phase = ColourBarSvg.of(DemoPage.wrappedPhaseScale(), "p");
    String gradient = ColourBarSvg.of(ColourScale.symmetric(ColourMap.DIVERGING, truth(), "rad/pixel/year"), "g");

    assertTrue(!phase.contains("satellite") && !gradient.contains("satellite"), phase + gradient);
  }

  @Test
  void theMarkdownsPngHasARowMoreForTheSignWords(@TempDir Path folder) throws Exception {
    ColourScale scale = figures().velocityTruthScale();
    Path png = folder.resolve("true_velocity.png");

    Quicklook.write(truth(), W, H, scale, List.of(), java.awt.Color.BLACK, png);
    BufferedImage image = ImageIO.read(png.toFile());

    assertEquals(Quicklook.AXIS_TOP + H + Quicklook.LEGEND_HEIGHT + Quicklook.ENDS_ROW, image.getHeight());
    assertEquals(Quicklook.LEGEND_HEIGHT + Quicklook.ENDS_ROW, Quicklook.legendHeight(scale));
    assertEquals(Quicklook.LEGEND_HEIGHT,
        Quicklook.legendHeight(new ColourScale(ColourMap.DIVERGING, -1, 1, "rad/pixel/year")));
    // the sign words' row: dark text pixels at the left (away) and right (toward) ends
    int row0 = Quicklook.AXIS_TOP + H + 8 + 30;
    assertTrue(darkPixels(image, 10, 60, row0, row0 + 12) > 10, "'away from satellite' under the low end");
    assertTrue(darkPixels(image, image.getWidth() - 60, image.getWidth() - 10, row0, row0 + 12) > 10,
        "'toward satellite' under the high end");
  }

  private static int darkPixels(BufferedImage image, int x0, int x1, int y0, int y1) {
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int rgb = image.getRGB(x, y);
        n += ((rgb >> 16 & 255) + (rgb >> 8 & 255) + (rgb & 255)) < 300 ? 1 : 0;
      }
    }
    return n;
  }
}
