package org.esa.snap.core.dataio;

/**
 * SNAP's product writer type, with the members operators read: where the product goes, and the
 * writer's plug-in (its format and file extensions). The headless engine's only writer is {@code
 * org.dlinsar.lite.dimap.DimapProductWriter}, which gives the product it writes one of these
 * ({@link org.esa.snap.core.datamodel.Product#getProductWriter}) as SNAP's writers do.
 */
public interface ProductWriter {

  /** The plug-in that made this writer: its format's names and file extensions. */
  ProductWriterPlugIn getWriterPlugIn();

  /** The output the product is written to: for BEAM-DIMAP, the {@code .dim} {@link java.io.File}. */
  Object getOutput();
}
