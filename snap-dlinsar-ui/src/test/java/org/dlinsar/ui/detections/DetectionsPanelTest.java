package org.dlinsar.ui.detections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JTable;
import javax.swing.SortOrder;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Detections window's content on the real chain's output (landslides-256). */
class DetectionsPanelTest {

  @TempDir
  static Path dir;

  private static Product product;
  private static Map<Integer, DisplacementSeries> series;

  @BeforeAll
  static void runTheChain() throws Exception {
    Path csv = dir.resolve("chain.timeseries.csv");
    product = ChainProducts.withTimeSeries(csv);
    series = TimeSeriesCsv.read(csv);
  }

  @Test
  void rowsAreTheDetectionsMetadataWithLocalSbasVelocities() {
    List<DetectionRow> rows = DetectionRows.of(product);
    MetadataElement detections = product.getMetadataRoot().getElement("Detections");
    assertEquals(detections.getAttributeInt("count"), rows.size());
    assertFalse(rows.isEmpty(), "the landslide stack has detections");
    MetadataElement sbas = product.getMetadataRoot().getElement("Local_SBAS");
    for (DetectionRow row : rows) {
      MetadataElement d = detections.getElement("detection." + row.id());
      assertEquals(d.getAttributeDouble("score"), row.score());
      assertEquals(d.getAttributeString("bbox_px"), row.box().x + "," + row.box().y + ","
          + (row.box().x + row.box().width) + "," + (row.box().y + row.box().height));
      assertEquals(sbas.getElement("detection." + row.id()).getAttributeDouble("velocity_mm_per_year"),
          row.velocityMmPerYear());
      assertEquals(sbas.getElement("detection." + row.id()).getAttributeDouble("velocity_std_mm_per_year"),
          row.velocityStdMmPerYear());
      assertTrue(row.velocityStdMmPerYear() >= 0, "velocity_std " + row.velocityStdMmPerYear());
      assertEquals(sbas.getElement("detection." + row.id()).getAttributeDouble("temporal_coherence"),
          row.temporalCoherence());
      assertTrue(row.temporalCoherence() > 0 && row.temporalCoherence() <= 1, "temporal coherence "
          + row.temporalCoherence());
      // the test stack carries CreateStack's baselines, so Local-SBAS fitted the DEM's error
      assertEquals(sbas.getElement("detection." + row.id()).getAttributeDouble("dem_error_m"),
          row.demErrorMetres());
      assertTrue(Double.isFinite(row.demErrorMetres()), "dem_error_m " + row.demErrorMetres());
      assertEquals(sbas.getElement("detection." + row.id()).getAttributeDouble("velocity_downslope_mm_per_year",
          Double.NaN), row.velocityDownslopeMmPerYear());
      assertEquals(sbas.getElement("detection." + row.id()).getAttributeDouble("velocity_downslope_std_mm_per_year",
          Double.NaN), row.velocityDownslopeStdMmPerYear());
      assertEquals(Double.isFinite(row.velocityDownslopeMmPerYear()), row.velocityDownslopeStdMmPerYear() > 0,
          "an uncertainty with every velocity down the slope");
      assertTrue(d.getAttributeString("dates_seen", "").startsWith(row.firstSeen()));
      assertTrue(series.containsKey(row.id()), "no time series for detection " + row.id());
    }
    DetectionsTableModel table = new DetectionsTableModel(rows);
    assertEquals("\u00b1 std (mm/yr)", table.getColumnName(4));
    assertEquals(rows.get(0).velocityStdMmPerYear(), table.getValueAt(0, 4), "beside the velocity");
    // the test stack's slides lie on slopes of its elevation band: Local-SBAS projected them
    assertTrue(rows.stream().filter(r -> Double.isFinite(r.velocityDownslopeMmPerYear())).count() >= rows.size() / 2,
        "downslope velocities of " + rows.size() + " detections");
    assertEquals("Downslope (mm/yr)", table.getColumnName(7));
    assertEquals("\u00b1 std (mm/yr)", table.getColumnName(8));
  }

  /**
   * Velocities and their uncertainty to 0.1 mm/year, scores and temporal coherence to 0.01: Swing's
   * own renderer showed up to three decimals (-42.417 beside an uncertainty of 10, 1 beside 0.999).
   */
  @Test
  void numbersAreShownToTheDecimalsTheyAreGoodFor() throws Exception {
    List<DetectionRow> rows = DetectionRows.of(product);
    JTable table = new DetectionsPanel(rows, series, row -> { }).table();
    DetectionRow first = table.getModel() instanceof DetectionsTableModel m ? m.row(0) : null;
    assertEquals(String.format("%.2f", first.score()), shown(table, 2));
    assertEquals(String.format("%.1f", first.velocityMmPerYear()), shown(table, 3));
    assertEquals(String.format("%.1f", first.velocityStdMmPerYear()), shown(table, 4));
    assertEquals(String.format("%.2f", first.temporalCoherence()), shown(table, 5));
    assertEquals(String.format("%.1f", first.demErrorMetres()), shown(table, 6));
    DetectionRow projected = rows.stream().filter(r -> Double.isFinite(r.velocityDownslopeMmPerYear())).findFirst()
        .orElseThrow();
    int view = table.convertRowIndexToView(rows.indexOf(projected));
    java.awt.Component cell = table.prepareRenderer(table.getCellRenderer(view, 7), view, 7);
    assertEquals(String.format("%.1f", projected.velocityDownslopeMmPerYear()), ((javax.swing.JLabel) cell).getText());
    cell = table.prepareRenderer(table.getCellRenderer(view, 8), view, 8);
    assertEquals(String.format("%.1f", projected.velocityDownslopeStdMmPerYear()), ((javax.swing.JLabel) cell).getText());
    JTable before = new DetectionsPanel(DetectionRows.of(ChainProducts.detected()), Map.of(), row -> { }).table();
    assertEquals("", shown(before, 3), "no velocity before Local-SBAS ran, not NaN");
  }

  /** The text row 0 of the model shows in {@code column}. */
  private static String shown(JTable table, int column) {
    java.awt.Component cell = table.prepareRenderer(table.getCellRenderer(table.convertRowIndexToView(0), column),
        table.convertRowIndexToView(0), column);
    return ((javax.swing.JLabel) cell).getText();
  }

  /** The window reads each series from the product's disp_ bands at the peak: Local-SBAS's CSV, to its 3 decimals. */
  @Test
  void seriesReadFromTheProductAreTheTimeSeriesCsv() throws Exception {
    Map<Integer, DisplacementSeries> fromProduct = DisplacementSeries.of(product);
    assertEquals(series.keySet(), fromProduct.keySet());
    for (int id : series.keySet()) {
      DisplacementSeries expected = series.get(id);
      DisplacementSeries actual = fromProduct.get(id);
      assertEquals(expected.dates(), actual.dates(), "dates of detection " + id);
      for (int k = 0; k < expected.dates().size(); k++) {
        assertEquals(expected.displacementMm().get(k), actual.displacementMm().get(k), 5e-4,
            "detection " + id + " on " + expected.dates().get(k));
      }
    }
    assertTrue(DisplacementSeries.of(ChainProducts.detected()).isEmpty(), "no Local-SBAS, no series");
  }

  @Test
  void withoutLocalSbasVelocitiesAreNaNAndTheChartSaysWhy() throws Exception {
    Product detected = ChainProducts.detected();
    List<DetectionRow> rows = DetectionRows.of(detected);
    assertFalse(rows.isEmpty());
    assertTrue(rows.stream().allMatch(r -> Double.isNaN(r.velocityMmPerYear())
        && Double.isNaN(r.velocityStdMmPerYear())));
    DetectionsPanel panel = new DetectionsPanel(rows, Map.of(), r -> { });
    panel.table().setRowSelectionInterval(0, 0);
    assertNull(panel.chart().series());
    assertTrue(panel.chart().caption().endsWith(": no time series (run Local SBAS)"), panel.chart().caption());
  }

  /** Local-SBAS ran, but left one detection without a series (no pixel of its box inverted). */
  @Test
  void aDetectionLocalSbasLeftWithoutASeriesIsNotSentToRunIt() {
    List<DetectionRow> rows = DetectionRows.of(product);
    DetectionRow first = rows.get(0);
    Map<Integer, DisplacementSeries> others = new HashMap<>(series);
    others.remove(first.id());
    DetectionsPanel panel = new DetectionsPanel(rows, others, r -> { });
    int view = panel.table().convertRowIndexToView(0);
    panel.table().setRowSelectionInterval(view, view);
    assertNull(panel.chart().series());
    assertEquals("Detection " + first.id() + ": no time series (Local-SBAS inverted no pixel of its box;"
        + " see its warnings)", panel.chart().caption());
  }

  @Test
  void sortingByScoreDescendingPutsTheStrongestFirst() {
    List<DetectionRow> rows = DetectionRows.of(product);
    JTable table = new DetectionsPanel(rows, series, r -> { }).table();
    table.getRowSorter().toggleSortOrder(2);
    table.getRowSorter().toggleSortOrder(2);
    assertEquals(SortOrder.DESCENDING, table.getRowSorter().getSortKeys().get(0).getSortOrder());
    double previous = Double.POSITIVE_INFINITY;
    for (int view = 0; view < table.getRowCount(); view++) {
      double score = (Double) table.getValueAt(view, 2);
      assertTrue(score <= previous, "row " + view + " out of order");
      previous = score;
    }
    double best = rows.stream().mapToDouble(DetectionRow::score).max().orElseThrow();
    assertEquals(best, (Double) table.getValueAt(0, 2));
  }

  /** Selecting a sorted row hands over that detection (the window centres the view on its box) and charts its series. */
  @Test
  void selectingARowHandsOverItsDetectionAndChartsItsSeries() {
    List<DetectionRow> rows = DetectionRows.of(product);
    List<DetectionRow> selected = new ArrayList<>();
    DetectionsPanel panel = new DetectionsPanel(rows, series, selected::add);
    JTable table = panel.table();
    table.getRowSorter().toggleSortOrder(3); // velocity, ascending: fastest subsidence first
    table.setRowSelectionInterval(0, 0);
    assertEquals(1, selected.size());
    DetectionRow row = selected.get(0);
    assertEquals(table.getValueAt(0, 0), row.id());
    double slowest = rows.stream().mapToDouble(DetectionRow::velocityMmPerYear).min().orElseThrow();
    assertEquals(slowest, row.velocityMmPerYear());
    assertEquals(series.get(row.id()), panel.chart().series());
    assertEquals(row.box().x + row.box().width / 2.0, row.centreX());
  }
}
