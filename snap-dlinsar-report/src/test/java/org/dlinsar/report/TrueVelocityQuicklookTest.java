package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The true velocity's quicklooks, on the page and in report.md's PNG, on a frame still but for
 * three small sites (under 2 % of its pixels, as in the demo): each site keeps its own shade, sign
 * and no data are told apart, and the colour bar reaches the fastest site; the greyscale quicklook
 * of other rasters hatches its no data too.
 */
class TrueVelocityQuicklookTest {

  private static final int W = 40;
  private static final int H = 30;
  private static final PixelBox SLOW = new PixelBox(2, 20, 5, 23);
  private static final PixelBox FAST = new PixelBox(20, 5, 23, 8);
  private static final PixelBox RISING = new PixelBox(30, 20, 32, 22);

  /** Still ground (0) with sites of -10, -85 and +20 mm/year and a no-data corner. */
  private static float[] truth() {
    float[] v = new float[W * H];
    fill(v, SLOW, -10);
    fill(v, FAST, -85);
    fill(v, RISING, 20);
    fill(v, new PixelBox(36, 0, 40, 4), Float.NaN);
    return v;
  }

  private static void fill(float[] v, PixelBox box, float value) {
    for (int y = box.y0(); y < box.y1(); y++) {
      for (int x = box.x0(); x < box.x1(); x++) {
        v[y * W + x] = value;
      }
    }
  }

  private static DemoFigures figures() {
    return new DemoFigures("OTSU", Map.of(), Map.of(), null, new double[] {1}, new float[W * H], truth());
  }

  @Test
  void theScaleReachesTheFastestSiteAtAReadableBound() {
    ColourScale scale = figures().velocityTruthScale();

    assertEquals(-85, scale.low(), 1e-9);
    assertEquals(85, scale.high(), 1e-9);
    assertEquals(ColourMap.DIVERGING, scale.map());
    assertEquals(85, ColourScale.roundedUp(84.67), 1e-9);
    assertEquals(7, ColourScale.roundedUp(6.95), 1e-9);
    assertEquals(1.2, ColourScale.roundedUp(1.11), 1e-9);
    assertEquals(1.1, ColourScale.roundedUp(1.1), 1e-9);
    assertEquals(1, ColourScale.symmetricToPeak(ColourMap.DIVERGING, new float[4], "mm/year").high());
  }

  @Test
  void thePagesPanelShowsEachSiteInItsOwnColour() throws Exception {
    RasterPanel panel = DemoPage.trueVelocity(figures(), W, H, List.of(SLOW, FAST, RISING));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(
        RasterPng.encode(panel.values(), W, H, panel.scale())));

    assertSitesApart(image.getRGB(SLOW.x0() + 1, SLOW.y0() + 1), image.getRGB(FAST.x0() + 1, FAST.y0() + 1),
        image.getRGB(RISING.x0(), RISING.y0()), image.getRGB(10, 10));
    assertEquals(0, image.getRGB(38, 2) >>> 24, "no data is transparent over the page's hatch");
    String bar = ColourBarSvg.of(panel.scale(), "bar");
    assertTrue(bar.contains(">-85.0<") && bar.contains(">85.0<") && bar.contains("mm/year"), bar);
  }

  @Test
  void theMarkdownsPngShowsEachSiteInItsOwnColourOverAColourBar(@TempDir Path folder) throws Exception {
    Path png = folder.resolve("true_velocity.png");
    Quicklook.write(truth(), W, H, figures().velocityTruthScale(), List.of(), Color.BLACK, png);
    BufferedImage image = ImageIO.read(png.toFile());

    int l = Quicklook.AXIS_LEFT;
    int t = Quicklook.AXIS_TOP;
    int slow = image.getRGB(l + SLOW.x0() + 1, t + SLOW.y0() + 1);
    int fast = image.getRGB(l + FAST.x0() + 1, t + FAST.y0() + 1);
    assertSitesApart(slow, fast, image.getRGB(l + RISING.x0(), t + RISING.y0()), image.getRGB(l + 10, t + 10));
    Set<Integer> onTheMap = new HashSet<>();
    for (int i = 0; i <= 4000; i++) {
      onTheMap.add(0xFF000000 | ColourMap.DIVERGING.rgb(i / 4000.0));
    }
    for (int y = 0; y < 4; y++) {
      for (int x = 36; x < 40; x++) {
        assertTrue(!onTheMap.contains(image.getRGB(l + x, t + y)), "no data at " + x + ", " + y + " has a value's colour");
      }
    }
    assertTrue(image.getWidth() >= Quicklook.LEGEND_WIDTH
        && image.getHeight() == t + H + Quicklook.legendHeight(figures().velocityTruthScale()),
        "a colour bar under the raster: " + image.getWidth() + " x " + image.getHeight());
    int barRow = t + H + 12;
    assertEquals(0xFF000000 | ColourMap.DIVERGING.rgb(0), image.getRGB(10, barRow), "bar starts at -85");
    assertEquals(0xFF000000 | ColourMap.DIVERGING.rgb(1), image.getRGB(image.getWidth() - 11, barRow),
        "bar ends at 85");
  }

  @Test
  void theGreyQuicklookHatchesNoDataApartFromEveryGrey(@TempDir Path folder) throws Exception {
    Path png = folder.resolve("gradient_magnitude.png");
    Quicklook.write(truth(), W, H, List.of(), Color.RED, png);
    BufferedImage image = ImageIO.read(png.toFile());

    for (int x = 36; x < 40; x++) {
      Color noData = new Color(image.getRGB(Quicklook.AXIS_LEFT + x, Quicklook.AXIS_TOP + 1));
      assertTrue(noData.getRed() != noData.getGreen() || noData.getGreen() != noData.getBlue(),
          "no data at " + x + ", 1 is a grey a value has: " + noData);
    }
  }

  @Test
  void theMarkdownGivesTheColourBarsEnds() {
    String caption = DemoReport.trueVelocityCaption(figures().velocityTruthScale());

    assertTrue(caption.contains("from -85.0 to 85.0 mm/year"), caption);
  }

  private static void assertSitesApart(int slow, int fast, int rising, int still) {
    assertNotEquals(slow, fast, "-10 and -85 mm/year in one colour");
    assertNotEquals(slow, still, "-10 mm/year in the colour of still ground");
    Color away = new Color(fast);
    Color toward = new Color(rising);
    assertTrue(away.getBlue() > away.getRed(), "moving away is blue: " + away);
    assertTrue(toward.getRed() > toward.getBlue(), "moving toward is red: " + toward);
    Color slowAway = new Color(slow);
    assertTrue(slowAway.getBlue() > slowAway.getRed(), "a slow site away is blue too: " + slowAway);
  }
}
