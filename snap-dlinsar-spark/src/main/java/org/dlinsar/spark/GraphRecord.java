package org.dlinsar.spark;

import org.esa.snap.core.datamodel.MetadataAttribute;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;

/**
 * Corrections to a product's Processing_Graph where a step ran with other values than the graph
 * gives (a tile's DL-Mask with the frame's thresholds, a file named on this machine for another
 * file system's output): the record keeps the graph's, as bin/dlinsar's does.
 */
final class GraphRecord {

  static final String ELEMENT = "Processing_Graph";

  private GraphRecord() {
  }

  /**
   * Sets parameter {@code name} of the node {@code id} to {@code value} (null removes it). The
   * node is the last of that id: the graph's ids may also be in the history the input inherited.
   */
  static void setParameter(Product product, String id, String name, String value) {
    MetadataElement graph = product.getMetadataRoot().getElement(ELEMENT);
    MetadataElement[] nodes = graph == null ? new MetadataElement[0] : graph.getElements();
    for (int i = nodes.length - 1; i >= 0; i--) {
      MetadataElement recorded = nodes[i].getElement("parameters");
      if (id.equals(nodes[i].getAttributeString("id", null)) && recorded != null) {
        MetadataAttribute old = recorded.getAttribute(name);
        if (value != null) {
          recorded.setAttributeString(name, value);
        } else if (old != null) {
          recorded.removeAttribute(old);
        }
        return;
      }
    }
  }
}
