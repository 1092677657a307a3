package org.esa.snap.core.dataio;

/**
 * SNAP's product writer type, with the one member operators read: where the product goes. The
 * headless engine's only writer is {@code org.dlinsar.lite.dimap.DimapProductWriter}, which gives
 * the product it writes one of these ({@link org.esa.snap.core.datamodel.Product#getProductWriter})
 * as SNAP's writers do.
 */
public interface ProductWriter {

  /** The output the product is written to: for BEAM-DIMAP, the {@code .dim} {@link java.io.File}. */
  Object getOutput();
}
