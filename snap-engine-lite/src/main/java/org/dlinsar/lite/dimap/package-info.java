/**
 * BEAM-DIMAP reading and writing for the headless engine, as SNAP 12-14 reads and writes it.
 *
 * <p>Input: a {@code <name>.dim} XML header (DIMAP 2.12.1 or 2.13.0) with its {@code <name>.data/}
 * folder of big-endian ENVI {@code .img}/{@code .hdr} pairs, one per non-virtual band and per
 * tie-point grid. Output: a {@code Product} whose bands read their pixels from those files on
 * request ({@link org.dlinsar.lite.dimap.DimapProductReader}), or such a header and folder
 * written from any product, tile by tile and all or nothing
 * ({@link org.dlinsar.lite.dimap.DimapProductWriter}). The header is parsed with DOCTYPEs and
 * external entities disabled. Reference: SNAP's {@code org.esa.snap.core.dataio.dimap} package.
 */
package org.dlinsar.lite.dimap;
