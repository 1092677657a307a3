package org.esa.snap.graphbuilder.gpf.ui;

import java.util.Map;
import javax.swing.JComponent;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.ui.AppContext;

/**
 * Stand-in for SNAP's {@code org.esa.snap.graphbuilder.gpf.ui.OperatorUI} (snap-graph-builder):
 * the parameter panel of an operator in SNAP's operator dialogs and Graph Builder. SNAP's also
 * writes graph XML, reports its parameters and takes selection listeners (not declared here).
 */
public interface OperatorUI {

  String getOperatorName();

  JComponent CreateOpTab(String operatorName, Map<String, Object> parameterMap, AppContext appContext);

  void initParameters();

  UIValidation validateParameters();

  void updateParameters();

  void setSourceProducts(Product[] products);

  boolean hasSourceProducts();

  boolean hasError();

  String getErrorMessage();
}
