package org.esa.snap.graphbuilder.gpf.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.graphbuilder.gpf.ui.BaseOperatorUI.MapBacked;
import org.esa.snap.graphbuilder.gpf.ui.BaseOperatorUI.ParameterProperty;
import org.esa.snap.ui.AppContext;

/**
 * Stand-in for SNAP's {@code org.esa.snap.graphbuilder.gpf.ui.DefaultUI} (snap-graph-builder):
 * the parameter panel SNAP generates for an operator without a UI of its own. SNAP fills it with
 * an editor per parameter (ceres' PropertyPane); this one is an empty panel over the same
 * map-backed parameters.
 */
public class DefaultUI extends BaseOperatorUI {

  public DefaultUI() {
  }

  @Override
  public JComponent CreateOpTab(String operatorName, Map<String, Object> parameterMap, AppContext appContext) {
    initializeOperatorUI(operatorName, parameterMap);
    initParameters();
    return new JScrollPane(new JPanel());
  }

  /**
   * As SNAP's (DefaultUI.java 14.x, lines 49-91): a parameter aliased {@code sourceBands} takes the
   * source products' band names as its value set, and as its value all of them (an array without a
   * value) or the first (a single name).
   */
  @Override
  public void initParameters() {
    if (!(propertySet instanceof MapBacked) || sourceProducts == null) {
      return;
    }
    String[] bandNames = bandNames();
    if (bandNames.length == 0) {
      return;
    }
    MapBacked properties = (MapBacked) propertySet;
    for (ParameterProperty property : properties.all()) {
      if ("sourceBands".equals(property.alias)) {
        property.setValueSet(bandNames);
        try {
          if (!property.type.isArray()) {
            properties.set(property, bandNames[0]);
          } else if (properties.getValue(property.name) == null) {
            properties.set(property, bandNames);
          }
        } catch (IllegalArgumentException e) {
          System.out.println(e); // SNAP prints the refusal too
        }
      }
    }
  }

  /** The bands of the source products, each named {@code band::product} when there are several (SNAP's getBandNames). */
  private String[] bandNames() {
    List<String> names = new ArrayList<>();
    for (Product product : sourceProducts) {
      for (String band : product.getBandNames()) {
        names.add(sourceProducts.length > 1 ? band + "::" + product.getName() : band);
      }
    }
    return names.toArray(new String[0]);
  }

  @Override
  public UIValidation validateParameters() {
    return new UIValidation(UIValidation.State.OK, "");
  }

  @Override
  public void updateParameters() {
    // the map-backed parameters are up to date
  }
}
