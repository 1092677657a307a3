package org.dlinsar.ui.detections;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import javax.swing.JComponent;

/** Displacement (mm) against date of the selected detection, drawn with Java 2D (SNAP ships no chart library we may rely on). */
public final class DisplacementChart extends JComponent {

  private static final int MARGIN = 64;

  private DisplacementSeries series;
  private String title = "Select a detection";

  public DisplacementChart() {
    setPreferredSize(new Dimension(480, 220));
    setBackground(Color.WHITE);
    setOpaque(true);
  }

  /** Shows {@code shown} (null: none, with {@code caption} saying why). */
  public void show(DisplacementSeries shown, String caption) {
    this.series = shown;
    this.title = caption;
    repaint();
  }

  public DisplacementSeries series() {
    return series;
  }

  /** The line above the chart: the detection shown, or why none is. */
  public String caption() {
    return title;
  }

  /**
   * The displacement axis, {lowest, highest} mm, 0 included, over the dates that have a
   * displacement: a date whose disp_ band is NaN at the peak made every label "NaN mm".
   */
  static double[] range(DisplacementSeries series) {
    double lo = 0;
    double hi = 0;
    for (double v : series.displacementMm()) {
      if (Double.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    return new double[] {lo, hi};
  }

  @Override
  protected void paintComponent(Graphics graphics) {
    Graphics2D g = (Graphics2D) graphics.create();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(getBackground());
    g.fillRect(0, 0, getWidth(), getHeight());
    g.setColor(Color.DARK_GRAY);
    g.drawString(title, MARGIN, 16);
    int w = getWidth() - 2 * MARGIN;
    int h = getHeight() - 2 * MARGIN;
    if (series == null || series.dates().size() < 2 || w <= 0 || h <= 0) {
      g.dispose();
      return;
    }
    double[] range = range(series);
    double lo = range[0];
    double hi = range[1];
    double span = Math.max(hi - lo, 1e-9);
    long days = Math.max(1, ChronoUnit.DAYS.between(series.dates().get(0), series.dates().get(series.dates().size() - 1)));
    g.drawRect(MARGIN, MARGIN, w, h);
    g.drawString(String.format(Locale.ROOT, "%.1f mm", hi), 4, MARGIN + 4);
    g.drawString(String.format(Locale.ROOT, "%.1f mm", lo), 4, MARGIN + h);
    g.drawString(series.dates().get(0).toString(), MARGIN, MARGIN + h + 16);
    String last = series.dates().get(series.dates().size() - 1).toString();
    g.drawString(last, MARGIN + w - g.getFontMetrics().stringWidth(last), MARGIN + h + 16);
    Path2D.Double line = new Path2D.Double();
    boolean drawing = false;
    for (int i = 0; i < series.dates().size(); i++) {
      double v = series.displacementMm().get(i);
      if (!Double.isFinite(v)) {
        drawing = false; // a date without a displacement breaks the line
        continue;
      }
      double x = MARGIN + w * ChronoUnit.DAYS.between(series.dates().get(0), series.dates().get(i)) / (double) days;
      double y = MARGIN + h * (hi - v) / span;
      if (drawing) {
        line.lineTo(x, y);
      } else {
        line.moveTo(x, y);
        drawing = true;
      }
      g.fillOval((int) x - 2, (int) y - 2, 5, 5);
    }
    g.setColor(new Color(0, 90, 170));
    g.setStroke(new BasicStroke(1.5f));
    g.draw(line);
    g.dispose();
  }
}
