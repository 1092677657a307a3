package org.dlinsar.ui.detections;

import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The Detections window's table: one row per detection; typed columns so that sorting is numeric. */
public final class DetectionsTableModel extends AbstractTableModel {

  // short enough for the eleven headers to show whole in a 920-pixel window
  static final String[] COLUMNS = {"Id", "Class", "Score", "Velocity (mm/yr)",
      "\u00b1 std (mm/yr)", "Temporal coh.", "DEM error (m)", "Downslope (mm/yr)", "\u00b1 std (mm/yr)",
      "First seen", "Last seen"};
  private static final Class<?>[] TYPES = {Integer.class, String.class, Double.class, Double.class,
      Double.class, Double.class, Double.class, Double.class, Double.class, String.class, String.class};
  /** Preferred widths, pixels: the window shares its width out in these proportions. */
  static final int[] WIDTHS = {24, 66, 44, 126, 92, 96, 94, 126, 92, 78, 78};
  /**
   * Decimals shown per numeric column (-1: Swing's own renderer): a score and a coherence to 0.01,
   * mm/year and metres to 0.1.
   */
  static final int[] DECIMALS = {-1, -1, 2, 1, 1, 2, 1, 1, 1, -1, -1};

  private final List<DetectionRow> rows;

  public DetectionsTableModel(List<DetectionRow> rows) {
    this.rows = List.copyOf(rows);
  }

  public DetectionRow row(int modelIndex) {
    return rows.get(modelIndex);
  }

  @Override
  public int getRowCount() {
    return rows.size();
  }

  @Override
  public int getColumnCount() {
    return COLUMNS.length;
  }

  @Override
  public String getColumnName(int column) {
    return COLUMNS[column];
  }

  @Override
  public Class<?> getColumnClass(int column) {
    return TYPES[column];
  }

  @Override
  public Object getValueAt(int rowIndex, int column) {
    DetectionRow r = rows.get(rowIndex);
    return switch (column) {
      case 0 -> r.id();
      case 1 -> r.detectionClass();
      case 2 -> r.score();
      case 3 -> r.velocityMmPerYear();
      case 4 -> r.velocityStdMmPerYear();
      case 5 -> r.temporalCoherence();
      case 6 -> r.demErrorMetres();
      case 7 -> r.velocityDownslopeMmPerYear();
      case 8 -> r.velocityDownslopeStdMmPerYear();
      case 9 -> r.firstSeen();
      case 10 -> r.lastSeen();
      default -> throw new IndexOutOfBoundsException("column " + column);
    };
  }
}
