/**
 * Stand-in for SNAP's data model: products, bands, virtual bands, metadata, {@code ProductData}
 * with every SNAP data type and UTC times, geocoding positions.
 *
 * <p>Declares exactly the members of SNAP's API list (no JAI or GeoTools types), the test
 * resource {@code src/test/resources/snap-api/signatures.txt}. Bands get their pixels from their
 * own raster data or from a {@code java.awt.image.RenderedImage} attached with
 * {@code setSourceImage}; see the module README, "How pixels flow".
 */
package org.esa.snap.core.datamodel;
