package org.esa.snap.graphbuilder.gpf.ui;

import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
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

  @Override
  public void initParameters() {
    // SNAP offers the source products' band names to a 'sourceBands' parameter; none here
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
