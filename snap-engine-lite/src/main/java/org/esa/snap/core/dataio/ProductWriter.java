package org.esa.snap.core.dataio;

/**
 * Marker for SNAP's product writer type; the headless engine's only writer is
 * {@code org.dlinsar.lite.dimap.DimapProductWriter}.
 */
public interface ProductWriter {
}
