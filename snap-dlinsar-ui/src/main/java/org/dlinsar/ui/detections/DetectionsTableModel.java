package org.dlinsar.ui.detections;

import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The Detections window's table: one row per detection; typed columns so that sorting is numeric. */
public final class DetectionsTableModel extends AbstractTableModel {

  static final String[] COLUMNS = {"Id", "Class", "Score", "Velocity (mm/year)",
      "Temporal coherence", "First seen", "Last seen"};
  private static final Class<?>[] TYPES = {Integer.class, String.class, Double.class, Double.class,
      Double.class, String.class, String.class};
  /** Preferred widths, pixels: the window shares its width out in these proportions. */
  static final int[] WIDTHS = {40, 90, 60, 130, 140, 95, 95};

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
      case 4 -> r.temporalCoherence();
      case 5 -> r.firstSeen();
      case 6 -> r.lastSeen();
      default -> throw new IndexOutOfBoundsException("column " + column);
    };
  }
}
