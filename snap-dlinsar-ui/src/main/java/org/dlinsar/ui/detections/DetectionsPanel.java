package org.dlinsar.ui.detections;

import java.awt.BorderLayout;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;

/**
 * The content of the Detections window: the product's detections in a sortable table and, below,
 * the selected detection's displacement time series when Local-SBAS wrote one. Selecting a row
 * hands the detection to {@code onSelect}, where the window centres the image view on its box.
 */
public final class DetectionsPanel extends JPanel {

  private final DetectionsTableModel model;
  private final JTable table;
  private final DisplacementChart chart = new DisplacementChart();

  public DetectionsPanel(List<DetectionRow> rows, Map<Integer, DisplacementSeries> series, Consumer<DetectionRow> onSelect) {
    super(new BorderLayout());
    model = new DetectionsTableModel(rows);
    table = new JTable(model);
    table.setAutoCreateRowSorter(true);
    for (int c = 0; c < DetectionsTableModel.WIDTHS.length; c++) {
      table.getColumnModel().getColumn(c).setPreferredWidth(DetectionsTableModel.WIDTHS[c]);
      if (DetectionsTableModel.DECIMALS[c] >= 0) {
        table.getColumnModel().getColumn(c).setCellRenderer(new FixedDecimals(DetectionsTableModel.DECIMALS[c]));
      }
    }
    table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    table.getSelectionModel().addListSelectionListener(e -> {
      if (e.getValueIsAdjusting() || table.getSelectedRow() < 0) {
        return;
      }
      DetectionRow row = model.row(table.convertRowIndexToModel(table.getSelectedRow()));
      DisplacementSeries s = series.get(row.id());
      // other detections' series say Local-SBAS ran: then this one's box had no pixel inverted
      chart.show(s, s != null ? "Detection " + row.id() + ": displacement (mm)"
          : "Detection " + row.id() + (series.isEmpty() ? ": no time series (run Local SBAS)"
              : ": no time series (Local-SBAS inverted no pixel of its box; see its warnings)"));
      onSelect.accept(row);
    });
    JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), chart);
    split.setResizeWeight(0.5);
    add(split, BorderLayout.CENTER);
  }

  public JTable table() {
    return table;
  }

  public DisplacementChart chart() {
    return chart;
  }
}
