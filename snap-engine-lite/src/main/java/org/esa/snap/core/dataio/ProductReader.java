package org.esa.snap.core.dataio;

/**
 * Marker for SNAP's product reader type, which the stand-in's {@code Product} constructors
 * accept; the headless engine's only reader is {@code org.dlinsar.lite.dimap.DimapProductReader}.
 */
public interface ProductReader {
}
