package org.esa.snap.core.dataio;

/**
 * SNAP's spatial and band subset of a product read. The headless engine always reads whole
 * products, so it passes null; the class exists for the reader API's signatures.
 */
public class ProductSubsetDef {

  public ProductSubsetDef() {
  }
}
