/**
 * Stand-in for SNAP's data model: products, bands, virtual bands, metadata, {@code ProductData}
 * with every SNAP data type and UTC times, geocoding positions.
 *
 * <p>Declares exactly the members listed in {@code shared/snap-api/signatures.txt} (no JAI or
 * GeoTools types). Bands get their pixels from their own raster data or from a
 * {@code java.awt.image.RenderedImage} attached with {@code setSourceImage}; see the module
 * README, "How pixels flow".
 */
package org.esa.snap.core.datamodel;
