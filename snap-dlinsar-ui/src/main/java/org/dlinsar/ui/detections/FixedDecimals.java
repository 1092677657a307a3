package org.dlinsar.ui.detections;

import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * A numeric cell to a fixed number of decimals, right-aligned, empty for NaN (before Local-SBAS
 * ran): Swing's own renderer shows up to three decimals, so a velocity of -42.417 stood beside an
 * uncertainty of about 10 mm/year, and a temporal coherence of 1 beside 0.999.
 */
final class FixedDecimals extends DefaultTableCellRenderer {

  private final String format;

  FixedDecimals(int decimals) {
    this.format = "%." + decimals + "f";
    setHorizontalAlignment(SwingConstants.RIGHT);
  }

  @Override
  protected void setValue(Object value) {
    setText(value instanceof Double d && !d.isNaN() ? String.format(getLocale(), format, d) : "");
  }
}
