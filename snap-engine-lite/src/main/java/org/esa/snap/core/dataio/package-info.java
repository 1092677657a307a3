/**
 * SNAP's product IO entry points ({@code ProductIO}), reading and writing BEAM-DIMAP through
 * {@code org.dlinsar.lite.dimap} in the headless engine.
 */
package org.esa.snap.core.dataio;
